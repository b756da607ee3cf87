// The Knowledge interface over the SQL store: every query parameterised, every input cleaned and bounded.
import type { Knowledge, Tenant } from '../core/knowledge.js';
import { contactsOf, recentContacts } from './knowledge/contacts.js';
import { cleanText, isoTime } from './knowledge/input.js';
import { findPerson, personNames } from './knowledge/persons.js';
import { quotesBy } from './knowledge/quotes.js';
import { search } from './knowledge/search.js';
import { findStory, listStories, storiesWithNewCoverage } from './knowledge/stories.js';
import type { SqlHandle } from './sql.js';

/** Tenants are platform ids; anything longer or stranger simply matches no articles of its own. */
const tenantOf = (t: Tenant): string => cleanText(t, 200);

export function createPostgresKnowledge(db: SqlHandle): Knowledge {
  return {
    findPerson: (tenant, query) => findPerson(db, tenantOf(tenant), query),
    contactsOf: (tenant, personId, opts = {}) => contactsOf(db, tenantOf(tenant), personId, opts),
    recentContacts: (tenant, opts = {}) => recentContacts(db, tenantOf(tenant), opts),
    quotesBy: (tenant, who, opts = {}) => quotesBy(db, tenantOf(tenant), who ?? {}, opts),
    stories: (tenant, opts = {}) => listStories(db, tenantOf(tenant), opts),
    story: (tenant, query) => findStory(db, tenantOf(tenant), query),
    search: (tenant, text, opts = {}) => search(db, tenantOf(tenant), text, opts),
    async storiesWithNewCoverage(tenant, from, to, opts = {}) {
      const t = tenantOf(tenant);
      const start = isoTime(from);
      const end = isoTime(to);
      if (start === null || end === null) return [];
      const about = cleanText(opts.about, 300);
      const person = about === '' ? null : await findPerson(db, t, about);
      const personId = person?.kind === 'found' ? person.person.id : null;
      // A recognised person narrows by who is named; other text by the words of the articles.
      return storiesWithNewCoverage(db, t, start, end, { ...opts, about: personId === null ? about : '', personId });
    },
    personNames: (tenant) => personNames(db, tenantOf(tenant)),
  };
}
