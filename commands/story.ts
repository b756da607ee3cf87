// /story: one story told by all its coverage — who spoke with whom, key quotes, where outlets disagree.
import { z } from 'zod';
import { createCitationList, emptyAnswer, type Answer, type AnswerSection } from '../src/core/answer.js';
import { defineCommand } from '../src/core/command.js';
import { citeAll, contactLine, quoteLine } from '../src/core/format/cite.js';

export default defineCommand({
  name: 'story',
  description: 'One story across all its coverage: contacts, quotes, disagreements, sources',
  options: z.object({
    query: z.string().trim().min(1).max(200).describe('People or words of the story; empty for the latest').optional(),
  }),
  positional: ['query'],
  examples: ['/story', '/story Austin Shoigu May', '/story Patrushev'],
  // Database work can pass Discord's 3 s window on a busy host: adapters defer, then edit.
  slow: true,
  async run(ctx, args): Promise<Answer> {
    const story = await ctx.knowledge.story(ctx.caller.tenant, args.query);
    if (!story) {
      return emptyAnswer('No matching story', args.query ? `Nothing in the coverage matches “${args.query}”. Try /stories for the list.` : 'No stories yet.');
    }
    const cites = createCitationList();
    const sections: AnswerSection[] = [];
    if (story.contacts.length) sections.push({ heading: 'Who spoke with whom', lines: story.contacts.map((c) => contactLine(c, cites)) });
    if (story.quotes.length) sections.push({ heading: 'What was said', lines: story.quotes.slice(0, 6).map((q) => quoteLine(q, cites)) });
    if (story.disagreements.length) {
      sections.push({
        heading: 'Where outlets disagree',
        lines: story.disagreements.flatMap((d) =>
          d.variants.map((v) => ({ text: `${d.topic}: ${v.text}`, cites: citeAll(cites, v.sources) })),
        ),
      });
    }
    sections.push({
      heading: 'Coverage',
      lines: story.sources.map((s) => ({ text: `${s.outlet ?? 'Unknown outlet'}: ${s.title}`, cites: citeAll(cites, [s]) })),
    });
    const date = story.date ? `${story.date}${story.dateInferred ? ' (inferred from other coverage)' : ''}` : 'date unknown';
    return {
      kind: 'result',
      title: story.title,
      summary: `${date} · ${story.articleCount} article${story.articleCount === 1 ? '' : 's'} from ${story.outlets.length || 'unnamed'} outlet${story.outlets.length === 1 ? '' : 's'}${story.people.length ? ` · ${story.people.join(', ')}` : ''}`,
      sections,
      citations: cites.list,
      ephemeral: false,
    };
  },
});
