// Word tokens and capitalised name spans of a sentence, and the folding that makes spellings of one name compare equal.
import {
  FUNCTION_WORDS, NAME_PARTICLES, NAME_SUFFIXES, NAME_TITLES, NATIONALITIES, ORG_WORDS, PLACES, ROLE_HEADS,
  ROLE_MODIFIERS, SURNAME_OK,
} from './vocabulary.js';

export interface Token {
  /** The word without a trailing period or possessive ('s). */
  word: string;
  /** Lower-cased word. */
  lower: string;
  start: number;
  end: number;
  /** True for punctuation and digits. */
  punct: boolean;
  /** The raw token ended with a period ("J.", "Gen.", "Lavrov."). */
  dot: boolean;
  /** The raw token was a possessive ("Angola's"): it ends a name. */
  poss: boolean;
}

const TOKEN_RE = /([\p{L}\p{M}]+(?:['’\-.][\p{L}\p{M}]+)*)(\.?)|(\d+(?:[.,:]\d+)*)|([^\s\p{L}\p{M}\d])/gu;

/** Split a sentence into word and punctuation tokens with offsets. */
export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  for (const m of text.matchAll(TOKEN_RE)) {
    const start = m.index;
    if (m[1] !== undefined) {
      let word = m[1];
      const poss = /['’]s$/u.test(word);
      if (poss) word = word.slice(0, -2);
      out.push({ word, lower: word.toLowerCase(), start, end: start + word.length, punct: false, dot: m[2] === '.', poss });
    } else {
      const t = m[0];
      out.push({ word: t, lower: t, start, end: start + t.length, punct: true, dot: false, poss: false });
    }
  }
  return out;
}

// Latin script only: English coverage spells names in Latin letters; Cyrillic in "[начальник Генштаба]" is a
// translator's leftover, not a name.
const NAME_WORD = /^(?:(?:al|el|ad|ar|as|at|az|bin|ibn|abu|ben)-)?\p{Lu}[\p{Ll}\p{M}]+(?:[-'’]\p{Lu}?[\p{Ll}\p{M}]+)*$|^\p{Lu}\p{Ll}{0,2}\p{Lu}[\p{Ll}\p{M}]+$/u;
const LATIN = /^[\p{Script=Latin}\p{M}'’-]+$/u;
/** Months that are also given names or surnames ("Theresa May"): a name only after another name word. */
const NAME_MONTHS = new Set(['april', 'may', 'june', 'july', 'august']);

/** True when a word can never be part of a person's name. */
export function isStopWord(lower: string): boolean {
  return FUNCTION_WORDS.has(lower) || ORG_WORDS.has(lower) || PLACES.has(lower) || ROLE_HEADS.has(lower) ||
    NAME_TITLES.has(lower) || ROLE_MODIFIERS.has(lower) || lower in NATIONALITIES;
}

/** True for a capitalised word that may be (part of) a name. */
export function isNameWord(t: Token): boolean {
  return !t.punct && NAME_WORD.test(t.word) && LATIN.test(t.word) && !isStopWord(t.lower);
}

const isInitial = (t: Token): boolean => !t.punct && t.dot && /^\p{Lu}$/u.test(t.word);

export interface NameSpan {
  /** Token index range [from, to). */
  from: number;
  to: number;
  start: number;
  end: number;
  /** Name words without initials and suffixes: ["Lloyd", "Austin"]. */
  core: string[];
}

/** Maximal runs of name words (with initials, particles and suffixes) in a token list. */
export function findNameSpans(tokens: Token[]): NameSpan[] {
  const spans: NameSpan[] = [];
  let i = 0;
  while (i < tokens.length) {
    const t = tokens[i];
    if (!t || !(isNameWord(t) || (isInitial(t) && isNameWord(tokens[i + 1] ?? t)))) {
      i++;
      continue;
    }
    const from = i;
    const core: string[] = [];
    let j = i;
    for (; j < tokens.length; j++) {
      const c = tokens[j];
      if (!c) break;
      const prev = tokens[j - 1];
      if (j > from && prev?.dot && !isInitial(prev)) break; // "Lavrov. Blinken" is two names
      if (j > from && prev?.poss) break; // "Angola's Joaquim Matos": a possessive ends a name
      if (isNameWord(c) && !(NAME_MONTHS.has(c.lower) && core.length === 0)) {
        if (NAME_MONTHS.has(c.lower) && /^\d/u.test(tokens[j + 1]?.word ?? '')) break;
        core.push(c.word);
      } else if (isInitial(c)) {
        continue;
      } else if (NAME_PARTICLES.has(c.word) && core.length > 0 && isNameWord(tokens[j + 1] ?? c)) {
        core.push(c.word);
      } else if (NAME_SUFFIXES.has(c.lower) && core.length > 1 && /^(?:[IVX]+|Jr|Sr)$/u.test(c.word)) {
        j++;
        break;
      } else if (NAME_MONTHS.has(c.lower) && core.length > 0 && !/^\d/u.test(tokens[j + 1]?.word ?? '')) {
        core.push(c.word);
      } else if (SURNAME_OK.has(c.lower) && core.length > 0 && NAME_WORD.test(c.word) && !isNameWord(tokens[j + 1] ?? c)) {
        // "Dr Helen Fox", "Fiona Hill": a surname that is also an organisation or place word.
        core.push(c.word);
        j++;
        break;
      } else break;
      if (c.dot && !isInitial(c)) {
        j++;
        break;
      }
    }
    const last = tokens[j - 1] ?? t;
    if (core.length > 0) spans.push({ from, to: j, start: t.start, end: last.end, core });
    i = Math.max(j, i + 1);
  }
  return spans;
}

/** Fold a name for comparison: lower case, no diacritics, common transliteration variants merged. */
export function foldName(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[’'`]/gu, '')
    .replace(/[^a-z\s-]/gu, ' ')
    .replace(/\s+/gu, ' ')
    .trim();
}

/** A transliteration-insensitive key for one name word: Oleksii/Oleksiy, Shoigu/Shoygu, Mikhailo/Mykhailo. */
export function foldTranslit(word: string): string {
  return foldName(word)
    // Ukrainian h for Russian g before a consonant: Hrytsenko/Grytsenko, Hlib/Gleb.
    .replace(/^h(?=[rl])/u, 'g')
    .replace(/kh/gu, 'h')
    .replace(/(?:iy|ii|yi|yy|ij|y)$/gu, 'i')
    .replace(/y/gu, 'i')
    .replace(/j/gu, 'i')
    .replace(/ck/gu, 'k')
    .replace(/ks/gu, 'x')
    .replace(/w/gu, 'v')
    .replace(/ph/gu, 'f')
    .replace(/(.)\1/gu, '$1')
    .replace(/[aeiou]+/gu, (v) => v[0] ?? '')
    .replace(/-/gu, '');
}
