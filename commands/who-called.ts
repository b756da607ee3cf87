// /who-called: who spoke with a person (or the latest contacts of anyone), with dates and sources.
import { z } from 'zod';
import { createCitationList, emptyAnswer, type Answer } from '../src/core/answer.js';
import { defineCommand } from '../src/core/command.js';
import { contactLine } from '../src/core/format/cite.js';
import { dateOption, limitOption, personOption } from './options.js';
import { resolvePerson } from './resolve-person.js';

export default defineCommand({
  name: 'who-called',
  description: 'Who spoke with a person, when and how — with sources',
  options: z.object({
    person: personOption('The person (surname is enough); leave empty for the latest contacts').optional(),
    with: personOption('Only contacts with this other person').optional(),
    since: dateOption('Only contacts on or after this date (YYYY-MM-DD)').optional(),
    until: dateOption('Only contacts on or before this date (YYYY-MM-DD)').optional(),
    limit: limitOption(25, 10),
  }),
  positional: ['person'],
  examples: ['/who-called Shoigu', '/who-called Shoigu with:Austin since:2022-06-01', '/who-called'],
  // Database work can pass Discord's 3 s window on a busy host: adapters defer, then edit.
  slow: true,
  async run(ctx, args): Promise<Answer> {
    const tenant = ctx.caller.tenant;
    const range = { since: args.since, until: args.until, limit: args.limit };
    if (!args.person) {
      const recent = await ctx.knowledge.recentContacts(tenant, range);
      if (!recent.length) return emptyAnswer('No contacts found', 'No conversations are recorded for that period.');
      const cites = createCitationList();
      return {
        kind: 'result',
        title: 'Latest contacts',
        sections: [{ lines: recent.map((c) => contactLine(c, cites)) }],
        citations: cites.list,
        ephemeral: false,
      };
    }
    const who = await resolvePerson(ctx, args.person);
    if (!who.ok) return who.answer;
    let withId: number | undefined;
    if (args.with) {
      const other = await resolvePerson(ctx, args.with);
      if (!other.ok) return other.answer;
      withId = other.person.id;
    }
    const contacts = await ctx.knowledge.contactsOf(tenant, who.person.id, { ...range, withId });
    const name = who.person.name;
    if (!contacts.length) {
      return emptyAnswer(`No contacts of ${name} found`, 'The coverage mentions this person but reports no conversation that took place within these filters.');
    }
    const cites = createCitationList();
    const others = new Set(contacts.flatMap((c) => c.participants.filter((p) => p.id !== who.person.id).map((p) => p.name)));
    return {
      kind: 'result',
      title: `Who spoke with ${name}`,
      summary: `${contacts.length} contact${contacts.length === 1 ? '' : 's'} with ${[...others].join(', ')}.`,
      sections: [{ lines: contacts.map((c) => contactLine(c, cites)) }],
      citations: cites.list,
      ephemeral: false,
    };
  },
});
