// Reporting clauses: the verb and the phrase that names the speaker, before or after it.
import { describe, expect, it } from 'vitest';
import { findClauses, subjectBefore } from '../../src/core/extract/quote-clauses.js';

const phrases = (s: string): [string, string | null][] => findClauses(s).map((c) => [c.verb, c.np?.text ?? null]);

describe('speaker before the verb', () => {
  it('takes names, titles, roles and unnamed speakers', () => {
    expect(phrases('Blinken said.')).toEqual([['said', 'Blinken']]);
    expect(phrases('Brigadier General Pat Ryder said in a statement.')).toEqual([['said', 'Brigadier General Pat Ryder']]);
    expect(phrases('A senior US defense official said fighting raged.')).toEqual([['said', 'A senior US defense official']]);
    expect(phrases('In this regard, the American official mentioned the attacks.')).toEqual([['mentioned', 'the American official']]);
    expect(phrases('A spokesman for the Pentagon said so.')).toEqual([['said', 'A spokesman for the Pentagon']]);
  });
  it('skips adverbs, a parenthetical and "declined to"', () => {
    expect(phrases('Blinken, for his part, also said that talks were over.')).toEqual([['said', 'Blinken']]);
    expect(phrases('Morikawa declined to say whether Tokyo agreed.')[0]).toEqual(['say', 'Morikawa']);
  });
  it('takes a name in apposition after a role', () => {
    expect(phrases('The chair of the trade committee, Ulrike Sander, called the talks a test.')).toEqual([['called', 'Ulrike Sander']]);
  });
  it('takes unnamed speakers described by what they know or where they sit', () => {
    expect(phrases('a diplomat familiar with the talks said.')).toEqual([['said', 'a diplomat familiar with the talks']]);
    expect(phrases('a senior official in Berlin said.')).toEqual([['said', 'a senior official in Berlin']]);
  });
  it('takes pronouns', () => {
    expect(findClauses('he told reporters:')[0]?.np?.pronoun).toBe('he');
  });
  it('finds no speaker where no phrase stands before the verb', () => {
    expect(subjectBefore('the tone was very good and said', 28)).toBeNull();
    expect(phrases('the United States would maintain contacts')).toEqual([]);
  });
});

describe('speaker after the verb', () => {
  it('reads inverted attribution after a closing mark', () => {
    expect(phrases('”, said Kofi Asante, a Ghanaian negotiator.')).toEqual([['said', 'Kofi Asante']]);
  });
  it('reads "according to" and agents of passive fragments', () => {
    expect(phrases('According to him, the talks failed.')[0]).toEqual(['according to', 'him']);
    expect(phrases('provided by the Pentagon.')).toEqual([['provided', 'the Pentagon']]);
    expect(phrases('delivered by the White House.')).toEqual([['delivered', 'the White House']]);
    expect(phrases('reported in the Security Council.')).toEqual([['reported', 'the Security Council']]);
  });
  it('does not read a passive-only verb without its agent, nor "in" after a subject', () => {
    expect(phrases('Russia provided weapons to the rebels.')).toEqual([]);
    expect(phrases('The talks were reported in the press.').map((p) => p[1])).not.toContain('the press');
  });
  it('does not take "said in a statement" for an inverted speaker', () => {
    expect(phrases('”, said in a statement.')).toEqual([['said', null]]);
  });
});
