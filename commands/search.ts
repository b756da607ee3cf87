// /search: full-text search over every article, answering with the matching sentences.
import { z } from 'zod';
import { createCitationList, emptyAnswer, type Answer } from '../src/core/answer.js';
import { defineCommand } from '../src/core/command.js';
import { citeAll } from '../src/core/format/cite.js';
import { limitOption } from './options.js';

export default defineCommand({
  name: 'search',
  description: 'Search the coverage for words',
  options: z.object({
    text: z.string().trim().min(1).max(200).describe('Words to look for'),
    limit: limitOption(25, 8),
  }),
  positional: ['text'],
  examples: ['/search ceasefire', '/search "lines of communication"'],
  // Database work can pass Discord's 3 s window on a busy host: adapters defer, then edit.
  slow: true,
  async run(ctx, args): Promise<Answer> {
    const hits = await ctx.knowledge.search(ctx.caller.tenant, args.text, { limit: args.limit });
    if (!hits.length) return emptyAnswer(`Nothing found for “${args.text}”`, 'Try fewer or other words.');
    const cites = createCitationList();
    return {
      kind: 'result',
      title: `Search: ${args.text}`,
      sections: [{ lines: hits.map((h) => ({ text: `${h.source.outlet ?? h.source.title}: ${h.snippet}`, cites: citeAll(cites, [h.source]) })) }],
      citations: cites.list,
      ephemeral: false,
    };
  },
});
