// The folded forms a person name is stored and looked up under: one fold for fuzzy matching, one key for identity.
import { personKey } from '../core/corpus/person-key.js';
import { foldName, foldTranslit } from '../core/extract/names.js';

/** Longest name text we store or look up; beyond this it is not a name. */
export const MAX_NAME_LENGTH = 120;

export interface NameKeys {
  /** Lower case, no diacritics or punctuation: what pg_trgm compares ("oleksiy reznikov"). */
  folded: string;
  /** Transliteration-insensitive key of the whole name: equal for Oleksii/Oleksiy, Shoigu/Shoygu. */
  key: string;
  /** personKey(): the folded surname, as the corpus linker compares persons. */
  surnameKey: string;
}

export function nameKeys(name: string): NameKeys {
  const folded = foldName(name.replace(/\u0000/gu, '').slice(0, MAX_NAME_LENGTH));
  const words = folded.split(' ').filter((w) => w !== '' && w !== '-');
  const keyed = words.map(foldTranslit).filter((w) => w !== '');
  return { folded, key: keyed.join(' '), surnameKey: folded === '' ? '' : personKey(name.slice(0, MAX_NAME_LENGTH)) };
}
