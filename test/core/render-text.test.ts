// The terminal rendering: numbered sources, caveats shown, control characters from articles removed.
import { describe, expect, it } from 'vitest';
import { renderText } from '../../src/adapters/terminal/render-text.js';
import { splitCommandLine } from '../../src/app/dispatch.js';
import type { Answer } from '../../src/core/answer.js';

const answer: Answer = {
  kind: 'result',
  title: 'Who spoke with X',
  sections: [{ lines: [{ text: '2022-05-13 — A and X spoke by phone', cites: [0, 1], notes: ['date inferred from other coverage of the same story'] }] }],
  citations: [
    { article: 'a.txt', title: 'T', outlet: 'Outlet A', date: '2022-05-14', url: null, evidence: 'A spoke with X.\u001b[31m' },
    { article: 'b.txt', title: 'T2', outlet: null, date: null, url: null, evidence: 'They talked.' },
  ],
  ephemeral: false,
};

describe('terminal rendering', () => {
  it('numbers the sources a line cites and lists them with outlet, date and evidence', () => {
    const text = renderText(answer);
    expect(text).toContain('spoke by phone [1][2]');
    expect(text).toContain('[1] a.txt — Outlet A, 2022-05-14');
    expect(text).toContain('[2] b.txt — undated');
    expect(text).toContain('(date inferred from other coverage of the same story)');
  });
  it('strips terminal control sequences coming from article text', () => {
    expect(renderText(answer)).not.toContain('\u001b');
  });
});

describe('command line splitting', () => {
  it('reads the command name with or without a slash', () => {
    expect(splitCommandLine('/who-called  Shoigu with:Austin')).toEqual({ name: 'who-called', rest: 'Shoigu with:Austin' });
    expect(splitCommandLine('HELP')).toEqual({ name: 'help', rest: '' });
  });
  it('refuses lines that are not commands', () => {
    expect(splitCommandLine('!!')).toBeNull();
  });
});
