// Word tokens and capitalised name spans of a sentence, and the folding that makes spellings of one name compare equal.
import {
  ARABIC_ARTICLES, FUNCTION_WORDS, GIVEN_ABBREVIATIONS, NAME_PARTICLES, NAME_STYLES, NAME_SUFFIXES, NAME_TITLES, NATIONALITIES, ORG_WORDS, PLACES, ROLE_HEADS,
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

const isLetterCode = (c: number): boolean =>
  (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 0xc0 && c !== 0xd7 && c !== 0xf7 && c < 0x2000 && LETTER.test(String.fromCharCode(c)));
const LETTER = /[\p{L}\p{M}]/u;
const UPPER = /\p{Lu}/u;

/** True when a word starts with a capital letter (ASCII fast path; the Unicode class only for other letters). */
export function isCapitalised(word: string): boolean {
  const c = word.charCodeAt(0);
  if (c >= 65 && c <= 90) return true;
  if (c < 0xc0) return false;
  return UPPER.test(word[0] ?? '');
}

const isDigit = (c: number): boolean => c >= 48 && c <= 57;
const isSpace = (c: number): boolean => c === 32 || c === 10 || c === 9 || c === 13 || c === 0xa0;

/** A capital, its dot and a capitalised word right after: "U.Khurelsukh" (tested only at a one-letter word's dot). */
const GLUED_INITIAL = /^\p{Lu}\.\p{Lu}\p{Ll}/u;

/**
 * Split a sentence into word and punctuation tokens with offsets. A hand-written scanner (no regex per token): words
 * keep inner apostrophes, hyphens and dots ("al-Rashidi", "U.S"), a final period is noted, a possessive 's dropped.
 */
export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (isSpace(c)) { i++; continue; }
    const start = i;
    if (isLetterCode(c)) {
      i++;
      for (;;) {
        while (i < n && isLetterCode(text.charCodeAt(i))) i++;
        const j = text.charCodeAt(i);
        // "U.Khurelsukh", "J.Bayramov" (Azerbaijani, Mongolian, Russian styles): an initial glued to a name ends at its
        // dot. "U.S." stays one word.
        if (j === 46 && i - start === 1 && GLUED_INITIAL.test(text.slice(start, i + 3))) break;
        // An apostrophe, hyphen or dot followed by a letter continues the word.
        if ((j === 39 || j === 0x2019 || j === 45 || j === 46) && i + 1 < n && isLetterCode(text.charCodeAt(i + 1))) { i += 2; continue; }
        break;
      }
      let word = text.slice(start, i);
      const dot = text.charCodeAt(i) === 46;
      const poss = word.length > 2 && word.charCodeAt(word.length - 1) === 115 && (word.endsWith("'s") || word.endsWith('’s'));
      if (poss) word = word.slice(0, -2);
      out.push({ word, lower: word.toLowerCase(), start, end: start + word.length, punct: false, dot, poss });
      if (dot) i++;
      continue;
    }
    if (isDigit(c)) {
      i++;
      while (i < n && (isDigit(text.charCodeAt(i)) || ((text.charCodeAt(i) === 46 || text.charCodeAt(i) === 44 || text.charCodeAt(i) === 58) && isDigit(text.charCodeAt(i + 1))))) i++;
    } else i++;
    const t = text.slice(start, i);
    out.push({ word: t, lower: t, start, end: i, punct: true, dot: false, poss: false });
  }
  return out;
}

// Latin script only: English coverage spells names in Latin letters; Cyrillic in "[начальник Генштаба]" is a
// translator's leftover, not a name.
const NAME_WORD = new RegExp(`^(?:(?:${ARABIC_ARTICLES}|bin|ibn|abu|ben)-)?\\p{Lu}[\\p{Ll}\\p{M}]+(?:[-'’]\\p{Lu}?[\\p{Ll}\\p{M}]+)*$|^\\p{Lu}\\p{Ll}{0,2}\\p{Lu}[\\p{Ll}\\p{M}]+$`, 'u');
const LATIN = /^[\p{Script=Latin}\p{M}'’-]+$/u;
/** Months that are also given names or surnames ("Theresa May"): a name only after another name word. */
const NAME_MONTHS = new Set(['april', 'may', 'june', 'july', 'august']);

const STOP = new Set([...FUNCTION_WORDS, ...ORG_WORDS, ...PLACES, ...ROLE_HEADS, ...NAME_TITLES, ...ROLE_MODIFIERS,
  ...Object.keys(NATIONALITIES)]);

/** A word without its diacritics: "việt" → "viet". */
const withoutMarks = (w: string): string => w.normalize('NFD').replace(/\p{M}/gu, '');

/** True when a word can never be part of a person's name. */
export function isStopWord(lower: string): boolean {
  // "Việt Nam", "Türkiye": a place or title word written with its language's diacritics is that word (not a short
  // one: "Tô Lâm" is a name, not "to").
  return STOP.has(lower) || (lower.length >= 4 && /[^\x00-\x7f]/.test(lower) && STOP.has(withoutMarks(lower)));
}

/** True for a capitalised word that may be (part of) a name. */
export function isNameWord(t: Token): boolean {
  if (t.punct) return false;
  // Fast reject: a name word starts with a capital, or with a lower-case particle and a hyphen ("al-Rashidi").
  if (!isCapitalised(t.word) && t.word.indexOf('-') < 0) return false;
  // Memoised: the Unicode regexes are the cost, and capitalised words repeat across sentences and articles.
  const hit = nameWordMemo.get(t.word);
  if (hit !== undefined) return hit;
  // "CDU-chief", "Commander-in-Chief": a hyphenated word ending in a role head is a title.
  // "Islands-China", "Russia-Ukraine": a compound of places or organisations is not a name either.
  const r = NAME_WORD.test(t.word) && LATIN.test(t.word) && !isStopWord(t.lower) &&
    !(t.word.includes('-') && (ROLE_HEADS.has(t.lower.slice(t.lower.lastIndexOf('-') + 1)) || t.lower.split('-').every(isStopWord)));
  if (nameWordMemo.size > 50_000) nameWordMemo.clear();
  nameWordMemo.set(t.word, r);
  return r;
}
const nameWordMemo = new Map<string, boolean>();

// "Md." and "Mohd." (Mohammad), "Ma." (Maria) abbreviate a given name as an initial does: "Mr. Md. Iqbal Hussain Khan".
export const isInitial = (t: Token): boolean => !t.punct && t.dot && (/^\p{Lu}$/u.test(t.word) || isCapitalised(t.word) && GIVEN_ABBREVIATIONS.has(t.lower));
/**
 * "External Affairs Minister S Jaishankar": Indian style writes an initial without its dot. A lone capital counts as
 * one only right after a title or role word, where it cannot be the article "A" or a list letter.
 */
const bareInitial = (tokens: Token[], i: number): boolean => {
  const t = tokens[i];
  const prev = tokens[i - 1];
  return !!t && !!prev && !t.punct && !t.dot && t.word.length === 1 && t.word !== 'A' && t.word !== 'I' && /^\p{Lu}$/u.test(t.word) &&
    (NAME_TITLES.has(prev.lower) || ROLE_HEADS.has(prev.lower));
};

export interface NameSpan {
  /** Token index range [from, to). */
  from: number;
  to: number;
  start: number;
  end: number;
  /** Name words without initials and suffixes: ["Lloyd", "Austin"]. A family name in capitals is moved last. */
  core: string[];
  /** Leading lower-case particles of a surname used alone ("President von der Leyen"): not part of `core`. */
  particles?: number;
}

/** Honorifics after which a capitalised family name may come first ("Ms. KAMIKAWA Yoko", "H.E. Mr. LEE Jae"). */
const HONORIFIC = new Set(['mr', 'mrs', 'ms', 'miss', 'dr', 'h.e', 'he', 'madam', 'mme', 'm']);
const ALL_CAPS = /^\p{Lu}{2,}(?:-\p{Lu}{2,})?$/u;
const titleCase = (w: string): string => w.split('-').map((p) => p.charAt(0) + p.slice(1).toLowerCase()).join('-');

/**
 * "Ms. KAMIKAWA Yoko": Japanese and Korean readouts write the family name in capitals before the given name. After
 * an honorific, a capitalised word followed by a name word is such a name; the core puts the family name last.
 */
function capsFamilyName(tokens: Token[], i: number): NameSpan | null {
  const t = tokens[i];
  const prev = tokens[i - 1];
  const next = tokens[i + 1];
  if (!t || !prev || !next || !HONORIFIC.has(prev.lower) || !ALL_CAPS.test(t.word) || !isNameWord(next)) return null;
  if (!LATIN.test(t.word) || isStopWord(t.lower)) return null;
  return { from: i, to: i + 2, start: t.start, end: next.end, core: [next.word, titleCase(t.word)] };
}

/** "President von der Leyen", "Mr. da Silva": a surname with leading particles, only right after a title. */
function particleSurname(tokens: Token[], i: number): NameSpan | null {
  if (!NAME_PARTICLES.has(tokens[i]?.word ?? '')) return null;
  const prev = tokens[i - 1];
  if (!prev || prev.punct || !isCapitalised(prev.word) || !NAME_TITLES.has(prev.lower)) return null;
  let j = i;
  while (j < tokens.length && NAME_PARTICLES.has(tokens[j]?.word ?? '')) j++;
  const head = tokens[j];
  if (j === i || j - i > 2 || !head || !isNameWord(head)) return null;
  const after = tokens[j + 1];
  if (after && isNameWord(after)) return null;
  const t = tokens[i] as Token;
  return { from: i, to: j + 1, start: t.start, end: head.end, core: [head.word], particles: j - i };
}

/** "von der Leyen": one or two lower-case particles followed by a name word. */
function particleRunEndsInName(tokens: Token[], j: number): boolean {
  const next = tokens[j + 1];
  if (next && NAME_PARTICLES.has(next.word)) return !!tokens[j + 2] && isNameWord(tokens[j + 2] as Token);
  return !!next && isNameWord(next);
}

/** True when a word's second character may be a capital: the cheap guard before the honorific test (ALL_CAPS). */
const capsSecond = (word: string): boolean => {
  const c = word.charCodeAt(1);
  return (c >= 65 && c <= 90) || c >= 0x80;
};

/** Maximal runs of name words (with initials, particles and suffixes) in a token list. */
/** Places of two words whose second may also be a name word: "Viet Nam", "Sri Lanka", "Los Angeles". */
const PLACE_TAILS: Record<string, string> = { angeles: 'los', francisco: 'san', nam: 'viet', lanka: 'sri', leone: 'sierra', faso: 'burkina', rica: 'costa', verde: 'cabo', kong: 'hong', leste: 'timor' };
const placeTail = (tokens: Token[], i: number): boolean => {
  const head = PLACE_TAILS[tokens[i]?.lower ?? ''];
  const prev = tokens[i - 1];
  // "Maria de los Angeles Ruiz": a lower-case particle is part of a name, not the head of a place.
  return head !== undefined && !!prev && withoutMarks(prev.lower) === head && isCapitalised(prev.word);
};

/**
 * "Mawlawi Amir Khan Muttaqi", "Sheikh Sultan bin Ahmed": after a style of address, a title word followed by a name
 * is a given name ("Amir", "Sultan"), not another title. Offices ("Minister", "President") stay titles.
 */
const styledGiven = (tokens: Token[], i: number): boolean => {
  const t = tokens[i];
  const prev = tokens[i - 1];
  return !!t && !!prev && !t.punct && GIVEN_TITLES.has(t.lower) && NAME_STYLES.has(prev.lower) && isCapitalised(prev.word) &&
    isCapitalised(t.word) && isNameWord(tokens[i + 1] ?? t);
};
/** Title words that are also common given names. */
const GIVEN_TITLES = new Set(['amir', 'emir', 'sultan', 'malik', 'mir']);

export function findNameSpans(tokens: Token[]): NameSpan[] {
  const spans: NameSpan[] = [];
  let i = 0;
  while (i < tokens.length) {
    const t = tokens[i];
    // Cheap guards first: a lower-case particle, or any word after an honorific.
    const special = !t || t.punct ? null : t.word.charCodeAt(0) >= 97 ? (NAME_PARTICLES.has(t.word) ? particleSurname(tokens, i) : null)
      : capsSecond(t.word) && HONORIFIC.has(tokens[i - 1]?.lower ?? '') ? capsFamilyName(tokens, i) : null;
    if (special) {
      spans.push(special);
      i = special.to;
      continue;
    }
    if (!t || !(isNameWord(t) || styledGiven(tokens, i) || ((isInitial(t) || bareInitial(tokens, i)) && isNameWord(tokens[i + 1] ?? t))) || placeTail(tokens, i)) {
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
      if (core.length === 1 && j === from + 1 && /^(?:I{2,3}|IV|VI{0,3}|IX|XI{0,3}|XIV|XV|XVI{1,3}|XIX|XX)$/u.test(c.word)) {
        // "Leo XIV", "Charles III": a regnal number completes a single name (and keeps "Leo" from being a surname).
        core.push(c.word);
        j++;
        break;
      } else if (NAME_SUFFIXES.has(c.lower) && core.length > 1 && /^(?:[IVX]+|Jr|Sr)$/u.test(c.word)) {
        // "Gilberto C. Teodoro Jr.": a generational suffix ends the name and stays out of the short form.
        j++;
        break;
      } else if ((isNameWord(c) || j === from && styledGiven(tokens, j)) && !(NAME_MONTHS.has(c.lower) && core.length === 0) && !placeTail(tokens, j)) {
        if (NAME_MONTHS.has(c.lower) && /^\d/u.test(tokens[j + 1]?.word ?? '')) break;
        core.push(c.word);
      } else if (isInitial(c) || (j === from && bareInitial(tokens, j))) {
        continue;
      } else if (NAME_PARTICLES.has(c.word) && core.length > 0 && particleRunEndsInName(tokens, j)) {
        core.push(c.word);
      } else if (NAME_MONTHS.has(c.lower) && core.length > 0 && !/^\d/u.test(tokens[j + 1]?.word ?? '')) {
        core.push(c.word);
      } else if (c.lower === 'sheikh' && core.length > 0 && isNameWord(tokens[j + 1] ?? c) && !tokens[j - 1]?.punct &&
        !/^(?:highness|excellency|majesty|eminence|holiness)$/u.test(tokens[j - 1]?.lower ?? '')) {
        // "Hassan Sheikh Mohamud": inside a name, "Sheikh" is one of its words, not a title before the next name.
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

const foldCache = new Map<string, string>();

/** Fold a name for comparison: lower case, no diacritics, common transliteration variants merged. */
export function foldName(name: string): string {
  const hit = foldCache.get(name);
  if (hit !== undefined) return hit;
  const folded = computeFold(name);
  // A memo of a pure function, bounded; long texts (story keywords) are not worth keeping.
  if (name.length < 200) {
    if (foldCache.size > 20_000) foldCache.clear();
    foldCache.set(name, folded);
  }
  return folded;
}

function computeFold(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[’'`]/gu, '')
    .replace(/[^a-z\s-]/gu, ' ')
    .replace(/\s+/gu, ' ')
    .trim();
}

const translitCache = new Map<string, string>();

/** A transliteration-insensitive key for one name word: Oleksii/Oleksiy, Shoigu/Shoygu, Mikhailo/Mykhailo. */
export function foldTranslit(word: string): string {
  const hit = translitCache.get(word);
  if (hit !== undefined) return hit;
  const key = computeTranslit(word);
  // A memo of a pure function; bounded so a long-running process does not grow it without limit.
  if (translitCache.size > 20_000) translitCache.clear();
  translitCache.set(word, key);
  return key;
}

/** A folded name word without the h of an aspirate consonant ("vitha" → "vita"): Vijita and Vijitha are one name. */
export const withoutAspirates = (folded: string): string => folded.replace(/(?<=[bcdgkpt])h/gu, '');

/** Consonants of a folded name after its first letter: Mohammed/Muhammad → "mhmd", Oleksandr/Olexander → "olxndr". */
export const consonantSkeleton = (folded: string): string => (folded[0] ?? '') + folded.slice(1).replace(/[aeiou]/gu, '');

/**
 * A looser key for a surname spelled two ways in one translated text: its first letter and its consonants, s for z
 * ("Albanizi" and "Albanese" → "albns", "Carni" and "Carney" → "crn"). Only for matching inside one article, where
 * the exact key found no one; short words (under five letters) get none, since too many of them collide.
 */
export function surnameSkeleton(word: string): string | null {
  const hit = skeletonCache.get(word);
  if (hit !== undefined) return hit;
  const key = foldTranslit(word);
  const skeleton = key.length < 5 ? null : consonantSkeleton(key).replace(/(?<=.)z/gu, 's');
  // A memo of a pure function, bounded like the others: the people index asks it for every unmatched surname.
  if (skeletonCache.size > 20_000) skeletonCache.clear();
  skeletonCache.set(word, skeleton);
  return skeleton;
}
const skeletonCache = new Map<string, string | null>();

function computeTranslit(word: string): string {
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
