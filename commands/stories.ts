// /stories: the stories in the coverage, newest first, each with its outlets and sources.
import { z } from 'zod';
import { createCitationList, emptyAnswer, type Answer } from '../src/core/answer.js';
import { defineCommand } from '../src/core/command.js';
import { citeAll } from '../src/core/format/cite.js';
import { dateOption, limitOption } from './options.js';

export default defineCommand({
  name: 'stories',
  description: 'The stories in the coverage, newest first',
  options: z.object({
    since: dateOption('Only stories on or after this date (YYYY-MM-DD)').optional(),
    limit: limitOption(25, 10),
  }),
  positional: ['since'],
  examples: ['/stories', '/stories since:2022-10-01'],
  // Database work can pass Discord's 3 s window on a busy host: adapters defer, then edit.
  slow: true,
  async run(ctx, args): Promise<Answer> {
    const stories = await ctx.knowledge.stories(ctx.caller.tenant, { since: args.since, limit: args.limit });
    if (!stories.length) return emptyAnswer('No stories found', args.since ? `Nothing since ${args.since}.` : 'The coverage is empty.');
    const cites = createCitationList();
    return {
      kind: 'result',
      title: args.since ? `Stories since ${args.since}` : 'Stories',
      sections: [
        {
          lines: stories.map((s) => ({
            text: `${s.date ?? 'undated'} — ${s.title} (${s.articleCount} article${s.articleCount === 1 ? '' : 's'}${s.outlets.length ? `: ${s.outlets.join(', ')}` : ''})`,
            cites: citeAll(cites, s.sources),
            notes: s.dateInferred ? ['date inferred from other coverage'] : undefined,
          })),
        },
      ],
      citations: cites.list,
      ephemeral: false,
    };
  },
});
