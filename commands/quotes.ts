// /quotes: what a person (or an organisation, "Pentagon") said, word for word, with the sentence and source.
import { z } from 'zod';
import { createCitationList, emptyAnswer, type Answer } from '../src/core/answer.js';
import { defineCommand } from '../src/core/command.js';
import { quoteLine } from '../src/core/format/cite.js';
import type { QuoteRecord } from '../src/core/knowledge.js';
import { limitOption, personOption } from './options.js';
import { resolvePerson } from './resolve-person.js';

export default defineCommand({
  name: 'quotes',
  description: 'What a person or organisation said, with the sentence and source',
  options: z.object({
    person: personOption('The speaker: a person (surname is enough) or an organisation'),
    about: z.string().trim().min(1).max(200).describe('Only quotes about these words').optional(),
    limit: limitOption(25, 10),
  }),
  positional: ['person'],
  examples: ['/quotes Blinken', '/quotes Kirby about:ceasefire', '/quotes Pentagon limit:3'],
  // Database work can pass Discord's 3 s window on a busy host: adapters defer, then edit.
  slow: true,
  async run(ctx, args): Promise<Answer> {
    const tenant = ctx.caller.tenant;
    const opts = { about: args.about, limit: args.limit };
    const who = await resolvePerson(ctx, args.person);
    let quotes: QuoteRecord[];
    let title: string;
    if (who.ok) {
      quotes = await ctx.knowledge.quotesBy(tenant, { personId: who.person.id }, opts);
      title = `Quotes from ${who.person.name}`;
    } else {
      // Not a person: maybe an organisation or an unnamed speaker ("Pentagon", "senior official").
      quotes = await ctx.knowledge.quotesBy(tenant, { speakerText: args.person }, opts);
      if (!quotes.length) return who.answer;
      title = `Quotes attributed to “${args.person}”`;
    }
    if (!quotes.length) {
      const about = args.about ? ` about “${args.about}”` : '';
      return emptyAnswer(`No quotes found${about}`, `${title.replace('Quotes from ', '')} is in the coverage, but no direct quotation of theirs${about} is.`);
    }
    const cites = createCitationList();
    return {
      kind: 'result',
      title,
      sections: [{ lines: quotes.map((q) => quoteLine(q, cites)) }],
      citations: cites.list,
      ephemeral: false,
    };
  },
});
