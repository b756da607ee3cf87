// One person across articles: a surname key the store indexes, and the rule that says two spellings are one person
// (Oleksii/Oleksiy Reznikov, Shoigu/Shoygu), while Jake and John Sullivan stay two.
import { consonantSkeleton, foldTranslit, withoutAspirates } from '../extract/names.js';
import { NAME_SUFFIXES } from '../extract/vocabulary.js';

/** Name words without initials and generational suffixes: "Lloyd J. Austin III" → ["Lloyd", "Austin"]. */
export function nameWords(name: string): string[] {
  // "U.Khurelsukh": an initial glued to the surname is still an initial.
  return name.replace(/(?<![\p{L}.])(\p{Lu})\.(?=\p{Lu}\p{Ll})/gu, '$1. ').split(/\s+/u).filter((w) => w !== '' && !/^\p{L}\.?$/u.test(w) && !NAME_SUFFIXES.has(w.toLowerCase()));
}

/** The folded surname key the store indexes to load candidate persons ("Shoygu" and "Shoigu" → one key). */
export function personKey(name: string): string {
  const words = nameWords(name);
  return foldTranslit(words[words.length - 1] ?? name);
}


/**
 * A given name folded with the sound Ж written as one letter (Serbian "Žomart", English "Zhomart" and Kazakh
 * "Jomart" are one name) and without the h of aspirates (Vijita/Vijitha). Surname keys (stored) keep foldTranslit.
 */
const foldGiven = (name: string): string => withoutAspirates(foldTranslit(name.replace(/ž|zh/giu, 'j')));

/**
 * True when two given names can be one person's: same after folding, same consonants (transliterated vowels vary),
 * or one a 3+ letter prefix of the other.
 */
function firstNamesMatch(a: string, b: string): boolean {
  const fa = foldGiven(a);
  const fb = foldGiven(b);
  if (fa === fb || (consonantSkeleton(fa) === consonantSkeleton(fb) && consonantSkeleton(fa).length >= 3)) return true;
  const [short, long] = fa.length <= fb.length ? [fa, fb] : [fb, fa];
  return short.length >= 3 && long.startsWith(short);
}

/**
 * "King Abdullah II" is not "Faisal bin Farhan bin Abdullah": a regnal name is one person with its numeral, the same
 * as a bare "Abdullah" but not as a longer name or another numeral.
 */
export function regnalClash(a0: string, b0: string): boolean {
  const a = withoutSovereignTitle(a0);
  const b = withoutSovereignTitle(b0);
  const ra = REGNAL.exec(a)?.[1];
  const rb = REGNAL.exec(b)?.[1];
  if (!ra && !rb) return false;
  return ra !== rb && (!!(ra && rb) || nameWords(ra ? b : a).length > 1);
}

/** "King Abdullah II" is the "Abdullah II" the text names: a sovereign's title is not one of the name's words. */
const withoutSovereignTitle = (name: string): string => name.replace(/^(?:King|Queen|Pope|Emperor|Empress|Tsar)\s+(?=\p{Lu})/u, '');

const REGNAL = /^\p{L}[\p{L}'’-]*\s+((?:I{1,3}|IV|VI{0,3}|IX|XI{0,3}|XIV|XVI{0,3}))$/u;

/**
 * True when two full names are spellings of one person: same surname key and compatible given names. A surname
 * alone ("Blair") matches a full name with that surname.
 */
export function samePerson(a: string, b: string): boolean {
  if (personKey(a) !== personKey(b)) return withSecondSurname(a, b);
  if (regnalClash(a, b)) return false;
  const wa = nameWords(a);
  const wb = nameWords(b);
  if (wa.length < 2 || wb.length < 2) return true;
  if (firstNamesMatch(wa[0] ?? '', wb[0] ?? '')) return true;
  // Two given names each, the second alike: "Redzhep Tayyip Erdogan" (from Russian) and "Recep Tayyip Erdoğan".
  if (wa.length >= 3 && wb.length >= 3) return foldTranslit(wa[1] ?? '') === foldTranslit(wb[1] ?? '') && (wa[1] ?? '').length >= 4;
  // A first given name left out: "Matamela Cyril Ramaphosa" and "Cyril Ramaphosa".
  const [long, short] = wa.length > wb.length ? [wa, wb] : [wb, wa];
  return long.length === 3 && short.length === 2 && (short[0] ?? '').length >= 4 && firstNamesMatch(long[1] ?? '', short[0] ?? '');
}

/**
 * "Claudia Sheinbaum Pardo" and "Claudia Sheinbaum": a full name and the same name with one more surname after it
 * (Spanish and Portuguese write the mother's surname last, and most coverage leaves it out).
 */
function withSecondSurname(a: string, b: string): boolean {
  const wa = nameWords(a).map(foldTranslit);
  const wb = nameWords(b).map(foldTranslit);
  const [long, short] = wa.length > wb.length ? [wa, wb] : [wb, wa];
  return short.length >= 2 && long.length === short.length + 1 && short.every((w, i) => w === long[i]) && !regnalClash(a, b);
}

/**
 * The same two words in the other order: "Ueda Kazuo" (family name first, as Japanese, Chinese, Korean and
 * Hungarian texts write it) and "Kazuo Ueda".
 */
export function swappedName(a: string, b: string): boolean {
  const wa = nameWords(a).map(foldTranslit);
  const wb = nameWords(b).map(foldTranslit);
  return wa.length === 2 && wb.length === 2 && wa[0] === wb[1] && wa[1] === wb[0] && wa[0] !== wa[1];
}
