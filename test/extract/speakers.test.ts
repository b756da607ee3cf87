// speakerAt: the person "I"/"we" mean in a transcript turn or an interview answer.
import { describe, expect, it } from 'vitest';
import { buildArticleContext } from '../../src/core/extract/build-context.js';
import { parseArticle } from '../../src/core/ingest/parse-article.js';

const ctxOf = (title: string, paragraphs: string[]) =>
  buildArticleContext(parseArticle({ file: 's.txt', text: ` date 2024-02-02 ${title}\n\n${paragraphs.join('\n\n')}` }));
const speakers = (ctx: ReturnType<typeof ctxOf>): string[] => ctx.sentences.map((s) => `${s.text.slice(0, 12)}=${ctx.speakerAt(s.index)?.name ?? '-'}`);

describe('speakerAt', () => {
  it('gives each labelled turn to the person its label names, and questions to nobody', () => {
    const ctx = ctxOf('Briefing by Press Secretary Dana Whitfield and Deputy Minister Oskar Lindqvist', [
      'MS. WHITFIELD: Good morning. I have one announcement.',
      'Q: Did the minister call Oslo?',
      'Deputy Minister Lindqvist: Yes. I spoke with my Norwegian colleague this morning.',
    ]);
    expect(speakers(ctx)).toEqual(['MS. WHITFIEL=Dana Whitfield', 'I have one a=Dana Whitfield', 'Q: Did the m=-',
      'Deputy Minis=Oskar Lindqvist', 'I spoke with=Oskar Lindqvist']);
  });

  it('gives the answers of an unlabelled Q&A to the interviewee and leaves narration alone', () => {
    const ctx = ctxOf('Harbour chief Mette Sorensen on ferries and fuel', [
      'Mette Sorensen has run the port authority since 2019.',
      'This interview has been edited for length.',
      'Have you met the transport minister?',
      'I met him twice last spring.',
      'What did you ask him for?',
      'Money for dredging, mostly.',
    ]);
    const by = ctx.sentences.map((s) => ctx.speakerAt(s.index)?.name ?? null);
    expect(by).toEqual([null, null, null, 'Mette Sorensen', null, 'Mette Sorensen']);
    // A news story with a single rhetorical question is no interview.
    const news = ctxOf('Port news', ['Mette Sorensen spoke on Monday.', 'Can you blame her?', 'I think not, one reader wrote.']);
    expect(news.sentences.map((s) => news.speakerAt(s.index))).toEqual([null, null, null]);
  });
});
