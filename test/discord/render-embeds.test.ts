import { describe, expect, it } from 'vitest';
import type { Answer, Citation } from '../../src/core/answer.js';
import { errorAnswer } from '../../src/core/answer.js';
import { escapeMarkdown, fit } from '../../src/adapters/discord/markdown.js';
import { LIMITS, limitProblems, renderAnswer } from '../../src/adapters/discord/render-embeds.js';

const cite = (n: number, extra: Partial<Citation> = {}): Citation => ({
  article: `00${n}_article.txt`,
  title: `Article ${n}`,
  outlet: `Outlet ${n}`,
  date: '2022-05-13',
  url: `https://example.org/a/${n}`,
  evidence: `Evidence sentence number ${n}.`,
  ...extra,
});

const answer = (lines: { text: string; cites: number[]; notes?: string[] }[], citations: Citation[], extra: Partial<Answer> = {}): Answer => ({
  kind: 'result',
  title: 'Who spoke with Sergei Shoigu',
  sections: [{ lines }],
  citations,
  ephemeral: false,
  ...extra,
});

const allText = (msgs: ReturnType<typeof renderAnswer>) =>
  msgs.flatMap((m) => m.embeds.flatMap((e) => [e.title ?? '', e.description ?? '', ...(e.fields ?? []).flatMap((f) => [f.name, f.value])])).join('\n');

describe('render embeds', () => {
  it('a short answer is one embed message with numbered sources naming outlet and date', () => {
    const msgs = renderAnswer(answer([{ text: '2022-05-13 — Lloyd Austin and Sergei Shoigu spoke by phone', cites: [0, 1] }], [cite(1), cite(2, { date: null })]));
    expect(msgs).toHaveLength(1);
    const text = allText(msgs);
    expect(text).toContain('[1][2]');
    const fields = msgs[0]!.embeds.flatMap((e) => e.fields ?? []);
    expect(fields.map((f) => f.name)).toEqual(['[1] Outlet 1 · 2022-05-13', '[2] Outlet 2 · undated']);
    expect(fields[0]!.value).toContain('[Article 1](https://example.org/a/1)');
    expect(fields[0]!.value).toContain('> Evidence sentence number 1.');
  });

  it('markdown and mention syntax in article text is escaped', () => {
    const evil = '**bold** _it_ `code` ||spoiler|| [link](https://evil.example) <@123> @everyone # Heading';
    const msgs = renderAnswer(answer([{ text: evil, cites: [0] }], [cite(1, { evidence: evil, title: '# Big *title*' })]));
    const text = allText(msgs);
    expect(text).toContain('\\*\\*bold\\*\\*');
    expect(text).toContain('\\_it\\_');
    expect(text).toContain('\\`code\\`');
    expect(text).toContain('\\|\\|spoiler\\|\\|');
    expect(text).toContain('\\[link\\](https://evil.example)');
    expect(text).toContain('\\<@123\\>');
    expect(text).not.toMatch(/(^|[^\\])\*\*bold/);
    expect(escapeMarkdown('- list\n1. item\n> quote')).toBe('\\- list\n1\\. item\n\\> quote');
  });

  it('truncation never leaves a dangling escape backslash', () => {
    expect(fit('abc\\*def', 5)).toBe('abc…');
    expect(fit('ab\\*def', 5)).toBe('ab\\*…');
    expect(fit('short', 10)).toBe('short');
  });

  it('a long answer is split across messages, every message within every limit', () => {
    const citations = Array.from({ length: 60 }, (_, i) => cite(i + 1, { evidence: 'x'.repeat(900), title: 't'.repeat(300) }));
    const lines = Array.from({ length: 120 }, (_, i) => ({ text: `Line ${i} ` + 'y'.repeat(400), cites: [i % 60], notes: ['outlets disagree'] }));
    const a = answer(lines, citations, { title: 'T'.repeat(400), summary: 'S'.repeat(3000) });
    const msgs = renderAnswer(a, { maxMessages: 20, maxSources: 60 });
    expect(msgs.length).toBeGreaterThan(1);
    for (const m of msgs) {
      expect(limitProblems(m)).toEqual([]);
      expect(m.embeds.length).toBeLessThanOrEqual(LIMITS.embeds);
    }
    const text = allText(msgs);
    // Nothing lost when the message budget allows it: every line and every source is there.
    for (let i = 0; i < 120; i++) expect(text).toContain(`Line ${i} `);
    for (let i = 1; i <= 60; i++) expect(text).toContain(`[${i}] Outlet ${i} ·`);
    expect(msgs[0]!.embeds[0]!.title!.length).toBe(LIMITS.title);
  });

  it('beyond the message budget the answer is cut with "… and N more"', () => {
    const lines = Array.from({ length: 300 }, (_, i) => ({ text: `Line ${i} ` + 'z'.repeat(300), cites: [0] }));
    const msgs = renderAnswer(answer(lines, [cite(1)]), { maxMessages: 2 });
    expect(msgs).toHaveLength(2);
    for (const m of msgs) expect(limitProblems(m)).toEqual([]);
    const text = allText(msgs);
    const shown = (text.match(/Line \d+ /g) ?? []).length;
    expect(shown).toBeGreaterThan(10);
    expect(shown).toBeLessThan(300);
    expect(text).toContain(`… and ${300 - shown} more`);
    // The source of the lines shown is still listed.
    expect(text).toContain('[1] Outlet 1');
  });

  it('more than 25 sources spill into further embeds, never 26 fields in one', () => {
    const citations = Array.from({ length: 40 }, (_, i) => cite(i + 1));
    const msgs = renderAnswer(answer([{ text: 'all', cites: citations.map((_, i) => i) }], citations));
    const embeds = msgs.flatMap((m) => m.embeds);
    expect(embeds.every((e) => (e.fields?.length ?? 0) <= 25)).toBe(true);
    expect(embeds.flatMap((e) => e.fields ?? [])).toHaveLength(40);
  });

  it('an error answer shows its summary and hint', () => {
    const msgs = renderAnswer(errorAnswer('person.unknown', 'No one called “Zelenskyy” is known', 'Check the spelling.', 'Try a surname.'));
    expect(msgs).toHaveLength(1);
    expect(msgs[0]!.embeds[0]!.description).toContain('Check the spelling.');
    expect(msgs[0]!.embeds[0]!.description).toContain('Try a surname.');
  });

  it('non-http URLs are not turned into links', () => {
    const msgs = renderAnswer(answer([{ text: 'x', cites: [0] }], [cite(1, { url: 'javascript:alert(1)' })]));
    expect(allText(msgs)).not.toContain('](javascript');
  });
});
