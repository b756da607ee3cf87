// Quotation spans in one paragraph: each layout has a text it must find and one it must not.
import { describe, expect, it } from 'vitest';
import { findQuoteSpans, isQuotable, maskQuotes } from '../../src/core/extract/quote-spans.js';

const texts = (p: string): string[] => findQuoteSpans(p).map((s) => p.slice(s.start, s.end));

describe('double quotation marks', () => {
  it('finds curly, straight, guillemet and low-high quotations', () => {
    expect(texts('He said “We will not back down,” on Friday.')).toEqual(['We will not back down,']);
    expect(texts('"We will not back down," he said.')).toEqual(['We will not back down,']);
    expect(texts('« Nous ne reculerons pas », a-t-il dit.')).toEqual(['Nous ne reculerons pas']);
    expect(texts('„Our partnership is long-term“, Hrytsenko stressed.')).toEqual(['Our partnership is long-term']);
  });
  it('accepts mixed marks: a straight opener closed by a curly mark', () => {
    expect(texts('"What if the borders are closed?” said one citizen.')).toEqual(['What if the borders are closed?']);
  });
  it('does not take an inch mark after a digit for a lost opening', () => {
    expect(texts('The screen measures 15" across and weighs little.')).toEqual([]);
    expect(texts('The player is 6’2” tall and very fast.')).toEqual([]);
  });
  it('splits where a new quotation opens before the last one closed', () => {
    const p = '“We wanted this conversation from the start. “But I don’t think we know why.”';
    const spans = findQuoteSpans(p);
    expect(spans.map((s) => s.ending)).toEqual(['reopen', 'mark']);
    expect(p.slice(spans[1]?.start, spans[1]?.end)).toBe('But I don’t think we know why.');
  });
  it('reads a mark typed as an opener after a comma before lower case as a closer', () => {
    const p = '“Several issues, including Ukraine, “were discussed, the ministry said.';
    expect(texts(p)).toEqual(['Several issues, including Ukraine,']);
    expect(findQuoteSpans('“First point. “Second point.”').length).toBe(2);
  });
});

describe('lost opening marks', () => {
  it('starts the quotation at the paragraph start when only a closing mark is left', () => {
    const p = 'Topical issues were discussed. The talk took place at the American initiative,”';
    const [s] = findQuoteSpans(p);
    expect(s).toMatchObject({ open: -1, start: 0 });
    expect(p.slice(s?.start, s?.end)).toBe('Topical issues were discussed. The talk took place at the American initiative,');
  });
  it('accepts a dangling closer with a space before it (”-, »,)', () => {
    expect(texts('Contacts remain critically important, ”-')).toEqual(['Contacts remain critically important,']);
    expect(texts('France does its part, and more than its part »,')).toEqual(['France does its part, and more than its part']);
  });
  it('does not invent an opening when the paragraph already opened a quotation', () => {
    const p = 'Sullivan said that the US would oppose Russia’s “unprovoked invasion of Ukraine.”';
    expect(findQuoteSpans(p).map((s) => s.open >= 0)).toEqual([true]);
  });
  it('leaves a quotation open at the paragraph end when no closing mark follows', () => {
    const [s] = findQuoteSpans('“We have seen that Russian forces are making progress.');
    expect(s?.ending).toBe('paragraph');
  });
});

describe('single quotation marks and apostrophes', () => {
  it('finds ‘…’ and \'…\' quotations with apostrophes inside', () => {
    expect(texts('‘We don’t accept Russia’s terms,’ she said.')).toEqual(['We don’t accept Russia’s terms,']);
    expect(texts("'We won't accept Russia's terms,' she said.")).toEqual(["We won't accept Russia's terms,"]);
  });
  it('finds headline scare quotes in single marks', () => {
    expect(texts("Russia Says Blasts at Military Site in Crimea 'Sabotage'")).toEqual(['Sabotage']);
  });
  it('does not read apostrophes, possessives or elisions as quotation marks', () => {
    expect(texts("Russia's army and the workers' union don't agree.")).toEqual([]);
    expect(texts('Back in the ’90s the talks’ tone was different.')).toEqual([]);
  });
  it('prefers a closer before punctuation to a plural possessive', () => {
    expect(texts('‘The workers’ union is strong,’ she said.')).toEqual(['The workers’ union is strong,']);
  });
  it('drops a double quotation nested inside a single one', () => {
    expect(texts('‘He told me “no” twice,’ she said.')).toEqual(['He told me “no” twice,']);
  });
});

describe('masking and scare quotes', () => {
  it('blanks quoted words so attribution rules cannot match inside a quote', () => {
    const p = '“Blinken said nothing,” he added.';
    const m = maskQuotes(p, findQuoteSpans(p));
    expect(m).toHaveLength(p.length);
    expect(m).not.toContain('Blinken');
    expect(m).toContain('he added');
  });
  it('keeps clauses and short full sentences, drops one- to three-word fragments', () => {
    expect(isQuotable('It’s not clear yet.')).toBe(true);
    expect(isQuotable('No,')).toBe(true);
    expect(isQuotable('war criminal')).toBe(false);
    expect(isQuotable('professional')).toBe(false);
    expect(isQuotable('in stopping aggression')).toBe(false);
  });
  it('does not take a title-case name for a quotation', () => {
    expect(isQuotable('Operation Shield of the North')).toBe(false);
    expect(isQuotable('A Future for the Black Sea Region')).toBe(false);
    expect(isQuotable('We will not trade territory for a ceasefire')).toBe(true);
  });
});
