import { describe, expect, it } from 'vitest';
import type { Answer, Citation } from '../../src/core/answer.js';
import { errorAnswer } from '../../src/core/answer.js';
import { escapeMrkdwn } from '../../src/adapters/slack/mrkdwn.js';
import { renderSlackMessages, SLACK_LIMITS, type SlackMessage } from '../../src/adapters/slack/render-blocks.js';

const cite = (over: Partial<Citation> = {}): Citation => ({
  article: '000_x.txt',
  title: 'US and Russian defense chiefs speak',
  outlet: 'Example Times',
  date: '2022-10-21',
  url: 'https://example.org/a?x=1&y=2',
  evidence: 'Austin spoke with Shoigu by phone.',
  ...over,
});

const answer = (over: Partial<Answer> = {}): Answer => ({
  kind: 'result',
  title: 'Who spoke with Sergei Shoigu',
  summary: '2 contacts with Lloyd Austin.',
  sections: [{ lines: [{ text: '2022-10-21 — Lloyd Austin by phone', cites: [0] }, { text: '2022-05-13 — Lloyd Austin by phone', cites: [1], notes: ['date inferred from other coverage'] }] }],
  citations: [cite(), cite({ date: '2022-05-13', outlet: null, url: null, title: 'Pentagon readout' })],
  ephemeral: false,
  ...over,
});

/** Every mrkdwn string a message carries (sections and context elements). */
function mrkdwnTexts(messages: SlackMessage[]): string[] {
  const out: string[] = [];
  for (const m of messages) {
    out.push(m.text);
    for (const b of m.blocks) {
      if (b.type === 'section' && b.text) out.push(b.text.text);
      if (b.type === 'context') for (const e of b.elements) if ('text' in e) out.push(e.text);
    }
  }
  return out;
}

function headerOf(m: SlackMessage): string {
  const h = m.blocks[0];
  return h?.type === 'header' ? h.text.text : '';
}

describe('Slack Block Kit rendering', () => {
  it('puts the title in a header and cites numbered sources with outlet and date', () => {
    const [m, ...rest] = renderSlackMessages(answer());
    expect(rest).toHaveLength(0);
    expect(headerOf(m!)).toBe('Who spoke with Sergei Shoigu');
    const all = mrkdwnTexts([m!]).join('\n');
    expect(all).toContain('• 2022-10-21 — Lloyd Austin by phone  [1]');
    expect(all).toContain('[2]');
    expect(all).toContain('date inferred from other coverage');
    expect(all).toContain('*[1]* <https://example.org/a?x=1&amp;y=2|US and Russian defense chiefs speak> — Example Times, 2022-10-21');
    expect(all).toContain('*[2]* Pentagon readout — 2022-05-13');
    expect(all).toContain('> “Austin spoke with Shoigu by phone.”');
    expect(m!.text).toBe('Who spoke with Sergei Shoigu: 2 contacts with Lloyd Austin.');
  });

  it('escapes mentions, broadcasts, links and formatting that come from article text', () => {
    const hostile = 'Hey <!channel> and <@U123>, see <https://evil.example|this> *bold* _it_ ~x~ `c` & more';
    const a = answer({
      title: 'Title <!here>',
      summary: 'Summary <!everyone>\n> quoted',
      sections: [{ heading: 'Heading <@U999>', lines: [{ text: hostile, cites: [0], notes: ['note <!channel>'] }] }],
      citations: [cite({ title: 'T <@U1> *b*', outlet: 'O <!channel>', evidence: hostile, url: 'https://x.example/<@U1>' })],
    });
    const texts = mrkdwnTexts(renderSlackMessages(a));
    for (const t of texts) {
      expect(t).not.toMatch(/<[!@#]/);
      expect(t).not.toContain('<https://evil');
      expect(t).not.toContain('*bold*');
      expect(t).not.toContain('_it_');
      expect(t).not.toMatch(/^&gt;/m);
    }
    const joined = texts.join('\n');
    expect(joined).toContain('&lt;!channel&gt;');
    expect(joined).toContain('&lt;@U123&gt;');
    expect(joined).toContain('&amp; more');
    expect(joined).toContain('\u2217bold\u2217');
  });

  it('keeps marks inside words, where Slack never formats', () => {
    expect(escapeMrkdwn('max_items 5*3 and *bold*')).toBe('max_items 5*3 and \u2217bold\u2217');
  });

  it('a long answer stays within every Slack limit and says how much was left out', () => {
    const lines = Array.from({ length: 400 }, (_, i) => ({ text: `Line ${i} ` + 'word '.repeat(120), cites: [i % 150] }));
    const citations = Array.from({ length: 150 }, (_, i) => cite({ evidence: `Evidence ${i} ` + 'x'.repeat(900), title: 'T'.repeat(400) }));
    const a = answer({ title: 'A'.repeat(400), sections: [{ heading: 'Contacts', lines }], citations });
    const messages = renderSlackMessages(a);
    expect(messages.length).toBeLessThanOrEqual(SLACK_LIMITS.messages);
    for (const m of messages) {
      expect(m.blocks.length).toBeLessThanOrEqual(50);
      expect(m.text.length).toBeLessThanOrEqual(3000);
      for (const b of m.blocks) {
        if (b.type === 'section') expect(b.text!.text.length).toBeLessThanOrEqual(3000);
        if (b.type === 'header') expect(b.text.text.length).toBeLessThanOrEqual(150);
      }
    }
    const all = mrkdwnTexts(messages).join('\n');
    const shownLines = (all.match(/^• Line /gm) ?? []).length;
    const shownSources = (all.match(/^\*\[\d+\]\*/gm) ?? []).length;
    const more = /… and (?:(\d+) more lines?)?(?: and )?(?:(\d+) more sources?)?/.exec(all);
    expect(more).not.toBeNull();
    expect(Number(more![1] ?? 0) + shownLines).toBe(400);
    expect(Number(more![2] ?? 0) + shownSources).toBe(150);
  });

  it('truncates a single huge line instead of breaking the section limit', () => {
    const a = answer({ sections: [{ lines: [{ text: 'x'.repeat(10_000) + ' <!channel>', cites: [] }] }] });
    const sections = renderSlackMessages(a).flatMap((m) => m.blocks).filter((b) => b.type === 'section');
    for (const s of sections) expect(s.type === 'section' && s.text!.text.length <= 3000).toBe(true);
    expect(mrkdwnTexts(renderSlackMessages(a)).join('')).not.toContain('<!channel>');
  });

  it('an error shows its hint as context', () => {
    const [m] = renderSlackMessages(errorAnswer('person.unknown', 'No one called “Shoygu”', 'Did you mean Sergei Shoigu?', 'Try /who-called Shoigu'));
    expect(headerOf(m!)).toBe('No one called “Shoygu”');
    expect(m!.blocks.some((b) => b.type === 'context')).toBe(true);
  });

  it('one message is all a poster asks for: the rest becomes "… and N more"', () => {
    const lines = Array.from({ length: 300 }, (_, i) => ({ text: `Line ${i} ` + 'word '.repeat(120), cites: [] }));
    const messages = renderSlackMessages(answer({ sections: [{ lines }], citations: [] }), { maxMessages: 1 });
    expect(messages).toHaveLength(1);
    expect(messages[0]!.blocks.length).toBeLessThanOrEqual(50);
    const shown = (mrkdwnTexts(messages).join('\n').match(/^• Line /gm) ?? []).length;
    expect(mrkdwnTexts(messages).join('\n')).toContain(`… and ${300 - shown} more lines`);
  });
});
