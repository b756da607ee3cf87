// Pronoun resolution: "he", "she", "him", "her" mean the most recent person named as a subject.
import type { PersonRef } from '../types.js';
import type { ArticleContext, PersonMention } from './context.js';
import { insideQuote } from './quote-marks.js';

/** Sentences searched backwards for an antecedent before giving up. */
const LOOKBACK = 4;

/** The gender of the pronoun written at `offset` ("she" → f), or null for "they"/"it"/other words. */
function pronounGender(text: string, offset: number): 'm' | 'f' | null {
  const w = /^[A-Za-z]+/.exec(text.slice(offset, offset + 8))?.[0]?.toLowerCase() ?? '';
  return w === 'he' || w === 'him' || w === 'his' || w === 'himself' ? 'm' : w === 'she' || w === 'her' || w === 'hers' || w === 'herself' ? 'f' : null;
}


/** The first person named outside quotation marks: "“I will call Vladimir,” Erdogan said" → Erdogan. */
const subjectOf = (ctx: ArticleContext, s: number, ms: readonly PersonMention[], before = Infinity): PersonMention | undefined => {
  const text = ctx.sentences[s]?.text ?? '';
  return ms.find((m) => m.start < before && !insideQuote(text, m.start)) ?? ms.find((m) => m.start < before);
};

/**
 * The person a subject pronoun at `offset` in sentence `sentenceIndex` refers to: the first person named earlier in
 * the same sentence ("Blinken said he saw"), else the subject (first named person) of the nearest earlier sentence
 * that names anyone. `exclude` drops a person who cannot be the antecedent (an object pronoun never refers to the
 * subject of its own clause: "Blinken ... spoke to him").
 */
export function resolvePronoun(
  ctx: ArticleContext,
  sentenceIndex: number,
  offset: number,
  exclude: readonly PersonRef[] = [],
): PersonRef | null {
  // An object pronoun ("spoke to him") never means the subject of its own clause: the caller excludes them.
  const objectMode = exclude.length > 0;
  // "she" never means a person the article shows to be a man (and the reverse).
  const g = pronounGender(ctx.sentences[sentenceIndex]?.text ?? '', offset);
  const genderOf = (ctx.people as { genderOf?: (p: PersonRef) => 'm' | 'f' | null }).genderOf;
  const wrong = g && genderOf ? ctx.people.people.filter((p) => (genderOf(p) ?? g) !== g) : [];
  const skip = wrong.length > 0 ? [...exclude, ...wrong] : exclude;
  const ok = (m: PersonMention): boolean => !skip.includes(m.person);
  const same = ctx.people.mentionsIn(sentenceIndex).filter((m) => m.start < offset && ok(m));
  if (!objectMode) {
    const first = subjectOf(ctx, sentenceIndex, same);
    if (first) return first.person;
  } else if (same.length > 0) {
    return same[same.length - 1]?.person ?? null;
  }
  // Skipping people of the other gender may reach further back.
  const lookback = wrong.length > 0 ? 2 * LOOKBACK : LOOKBACK;
  for (let s = sentenceIndex - 1; s >= Math.max(0, sentenceIndex - lookback); s--) {
    const ms = ctx.people.mentionsIn(s);
    if (!objectMode) {
      const all = subjectOf(ctx, s, ms);
      if (all && ok(all)) return all.person;
      if (all && wrong.length > 0) {
        const m = subjectOf(ctx, s, ms.filter(ok));
        if (m) return m.person;
      }
    } else {
      const m = [...ms].reverse().find(ok);
      if (m) return m.person;
    }
  }
  return null;
}
