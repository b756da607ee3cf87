// Loads what the linker compares a new batch with: persons sharing a name key, stories sharing the lead pair's keys.
import type { KnownPerson, KnownState, KnownStory } from '../core/corpus/link-types.js';
import { storyKeys } from '../core/corpus/analyse-corpus.js';
import { nameWords, personKey } from '../core/corpus/person-key.js';
import type { ArticleAnalysis } from '../core/types.js';
import { nameKeys } from './name-keys.js';
import type { SqlHandle } from './sql.js';

/** Every name the batch uses for a person: people, aliases, contact participants, person speakers. */
function batchNames(batch: readonly ArticleAnalysis[]): string[] {
  const names = new Set<string>();
  for (const a of batch) {
    for (const p of a.people) [p.name, ...p.aliases].forEach((n) => names.add(n));
    for (const c of a.contacts) c.participants.forEach((n) => names.add(n));
    for (const q of a.quotes) if (q.speakerKind === 'person') names.add(q.speaker);
  }
  return [...names];
}

/** The lead pair's story key (storyKeys), and the keys it has when two-word names are read family name first. */
function leadKeyVariants(a: ArticleAnalysis): string[] {
  const lead = a.contacts[0]?.participants ?? [];
  // Up to four parties: at most 16 variants.
  if (lead.length === 0 || lead.length > 4) return [storyKeys(a).join('|')];
  let variants: string[][] = [[]];
  for (const name of lead) {
    const w = nameWords(name);
    const options = [...new Set([personKey(name), ...(w.length === 2 ? [personKey(w[0] as string)] : [])])];
    variants = variants.flatMap((v) => options.map((o) => [...v, o]));
  }
  // The variant of every name's own key is storyKeys() itself.
  return variants.map((v) => [...new Set(v)].sort().join('|'));
}

/** Stories an article without a lead contact is compared with by text: the most recently updated ones. */
const RECENT_STORIES = 200;

export async function loadKnownState(db: SqlHandle, tenant: string, batch: readonly ArticleAnalysis[]): Promise<KnownState> {
  const names = batchNames(batch);
  const keys = names.map(nameKeys);
  // A two-word name may be written family name first ("Ueda Kazuo"): the linker also compares it with the person
  // whose surname is its first word, so those persons are loaded too.
  const swappedKeys = names.map((n) => nameWords(n)).filter((w) => w.length === 2).map((w) => personKey(w[0] as string));
  const persons = await db.query<KnownPerson>(
    `SELECT p.id, p.name, p.role, p.aliases FROM persons p
     WHERE p.id IN (SELECT person_id FROM person_names WHERE key = ANY($1::text[])) OR p.surname_key = ANY($2::text[])
     LIMIT 5000`,
    [[...new Set(keys.map((k) => k.key))], [...new Set([...keys.map((k) => k.surnameKey), ...swappedKeys].filter((k) => k !== ''))]],
  );
  const leadKeys = [...new Set(batch.flatMap(leadKeyVariants).filter((k) => k !== ''))];
  const withoutLead = batch.some((a) => storyKeys(a).length === 0);
  // The linker matches a story by its lead pair (storyKeys), or by text when an article has no lead contact: those
  // are the only candidates it needs. Only stories the tenant can see: it must not join another workspace's.
  const stories = await db.query<KnownStory>(
    `SELECT s.id, s.title, s.date, s.date_inferred AS "dateInferred", s.participants, s.keywords,
            (SELECT count(*)::int FROM articles a WHERE a.story_id = s.id) AS "articleCount"
     FROM stories s
     WHERE s.id IN (
         SELECT id FROM stories WHERE lead_key = ANY($2::text[])
         UNION
         SELECT id FROM (SELECT id FROM stories WHERE $3 ORDER BY last_ingested_at DESC LIMIT ${RECENT_STORIES}) r)
       AND s.tenant IN ('', $1)
     LIMIT 2000`,
    [tenant, leadKeys, withoutLead],
  );
  return { persons: persons.rows, stories: stories.rows };
}
