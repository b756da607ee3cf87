// Sentence splitting: Intl.Segmenter per paragraph, then re-joining splits made after abbreviations and initials.
import type { Sentence } from '../types.js';
import { GIVEN_ABBREVIATIONS } from './vocabulary.js';

const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });
const LETTER = /\p{L}/u;

/** Abbreviations that are always followed by more of the same sentence ("Gen. Milley", "Feb. 24", "Mr. Smith"). */
const ALWAYS_JOIN = new Set([
  'mr', 'mrs', 'ms', 'dr', 'gen', 'lt', 'col', 'maj', 'capt', 'cpt', 'sgt', 'adm', 'rep', 'sen', 'gov', 'pres',
  'prof', 'rev', 'st', 'ft', 'mt', 'sr', 'jr', 'vs', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep',
  'sept', 'oct', 'nov', 'dec', 'brig', 'cmdr', 'hon', 'amb', 'sec', 'dept', 'approx', 'e.g', 'i.e', 'smt',
]);

/** An honorific or a capitalised title word right before: "Mr. Md.", "Affairs Ma.". */
const TITLE_BEFORE = /(?:^|\s)(?:Mr|Mrs|Ms|Dr|Prof|Shri|Sheikh|Engr?|H\.\s?E|Secretary|Minister|Affairs|Ambassador|Senator|Justice|Commissioner|Director|Chairperson|President)\.?\s+$/u;

/** Words that usually open a new sentence: after "U.S." they mean the abbreviation ended the sentence. */
const SENTENCE_OPENERS = new Set([
  'The', 'A', 'An', 'He', 'She', 'It', 'They', 'We', 'I', 'You', 'But', 'And', 'In', 'On', 'At', 'This', 'That',
  'These', 'Those', 'There', 'His', 'Her', 'Their', 'Its', 'Our', 'As', 'After', 'Before', 'When', 'While', 'If',
  'Since', 'For', 'Meanwhile', 'However', 'Also', 'Earlier', 'Later', 'According', 'Some', 'Many', 'Most',
]);

/** True when a segment ends in a way that must not end a sentence, given the next segment's start. */
function shouldJoin(prev: string, next: string): boolean {
  const trimmed = prev.trimEnd();
  if (!trimmed.endsWith('.')) return false;
  // The word before the final period (letters and inner dots: "J", "Gen", "U.S").
  let i = trimmed.length - 1;
  while (i > 0 && (trimmed.charCodeAt(i - 1) === 46 || LETTER.test(trimmed[i - 1] ?? ''))) i--;
  const lastWord = trimmed.slice(i, -1);
  if (lastWord === '') return false;
  // A single capital initial: "Lloyd J. Austin".
  if (/^\p{Lu}$/u.test(lastWord)) return true;
  const lower = lastWord.toLowerCase();
  if (ALWAYS_JOIN.has(lower)) return true;
  // "Mr. Md. Iqbal Hussain Khan", "Secretary of Foreign Affairs Ma. Theresa Lazaro": an abbreviated given name after
  // an honorific or a title ("Md." alone may be Maryland, "Ma." a surname ending the sentence).
  if (GIVEN_ABBREVIATIONS.has(lower) && TITLE_BEFORE.test(trimmed.slice(0, i))) {
    const nextWord = /^\s*(\p{Lu}\p{L}+)/u.exec(next)?.[1];
    return nextWord !== undefined && !SENTENCE_OPENERS.has(nextWord);
  }
  // Dotted acronyms ("U.S.", "U.N."): join unless the next word normally opens a sentence.
  if (/^(\p{L}\.)+\p{L}$/u.test(lastWord)) {
    const nextWord = /^[\s"“'‘]*([\p{L}]+)/u.exec(next)?.[1] ?? '';
    return nextWord !== '' && !SENTENCE_OPENERS.has(nextWord) && /^\p{Lu}/u.test(nextWord);
  }
  return false;
}

// A scanner for Unicode sentence breaks (UAX #29 rules SB6–SB11) over the characters news text is made of: ASCII,
// Latin letters, curly quotes, dashes. Intl.Segmenter costs more than the rest of sentence splitting, so it only
// handles paragraphs with any other character (the scanner returns null for those).
const UPPER = /\p{Lu}/u;
const LOWER = /\p{Ll}/u;
// Classes: 0 other, 1 upper, 2 lower, 3 numeric, 4 ATerm ".", 5 STerm "!?", 6 Close, 7 Sp, 8 SContinue, -1 unknown.
const ASCII_CLASS = new Int8Array(128).fill(-1);
for (let c = 32; c < 127; c++) ASCII_CLASS[c] = 0;
for (let c = 65; c <= 90; c++) ASCII_CLASS[c] = 1;
for (let c = 97; c <= 122; c++) ASCII_CLASS[c] = 2;
for (let c = 48; c <= 57; c++) ASCII_CLASS[c] = 3;
ASCII_CLASS[46] = 4;
ASCII_CLASS[33] = 5;
ASCII_CLASS[63] = 5;
for (const c of [34, 39, 40, 41, 91, 93, 123, 125]) ASCII_CLASS[c] = 6;
ASCII_CLASS[32] = 7;
ASCII_CLASS[9] = 7;
for (const c of [44, 45, 58, 59]) ASCII_CLASS[c] = 8;

function charClass(c: number): number {
  if (c < 128) return ASCII_CLASS[c] ?? -1;
  if (c === 0xa0) return 7;
  if (c === 0xab || c === 0xbb || (c >= 0x2018 && c <= 0x201f)) return 6;
  if (c === 0x2013 || c === 0x2014) return 8;
  if (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7) {
    const ch = String.fromCharCode(c);
    return UPPER.test(ch) ? 1 : LOWER.test(ch) ? 2 : -1;
  }
  return -1;
}

let classBuf = new Int8Array(1024);

/** Sentence segments of a paragraph as Intl.Segmenter gives them, or null when it holds a character not handled. */
export function fastSegments(text: string): { segment: string; index: number }[] | null {
  const n = text.length;
  // One buffer reused across paragraphs: a typed array per call cost more than the scan.
  if (classBuf.length < n) classBuf = new Int8Array(Math.max(n, classBuf.length * 2));
  const cls = classBuf;
  for (let i = 0; i < n; i++) {
    const k = charClass(text.charCodeAt(i));
    if (k < 0) return null;
    cls[i] = k;
  }
  const out: { segment: string; index: number }[] = [];
  let from = 0;
  for (let i = 0; i < n; i++) {
    const k = cls[i];
    if (k !== 4 && k !== 5) continue;
    const next = i + 1 < n ? cls[i + 1] : -1;
    if (k === 4 && next === 3) continue; // SB6: "3.5"
    if (k === 4 && next === 1 && i > 0 && (cls[i - 1] === 1 || cls[i - 1] === 2)) continue; // SB7: "U.S"
    let m = i + 1;
    while (m < n && cls[m] === 6) m++;
    while (m < n && cls[m] === 7) m++;
    if (m >= n) break;
    const at = cls[m];
    if (at === 8 || at === 4 || at === 5) continue; // SB8a
    if (k === 4) {
      // SB8: no break before a lower-case word after only non-letters.
      let q = m;
      while (q < n && cls[q] !== 1 && cls[q] !== 2 && cls[q] !== 4 && cls[q] !== 5) q++;
      if (q < n && cls[q] === 2) continue;
    }
    out.push({ segment: text.slice(from, m), index: from });
    from = m;
    i = m - 1;
  }
  if (from < n) out.push({ segment: text.slice(from), index: from });
  return out;
}

/** Split one paragraph into sentence texts with their offsets. */
export function splitParagraph(paragraph: string): { text: string; start: number }[] {
  const parts: { text: string; start: number }[] = [];
  for (const seg of fastSegments(paragraph) ?? segmenter.segment(paragraph)) {
    const last = parts[parts.length - 1];
    if (last && shouldJoin(last.text, seg.segment)) {
      last.text += seg.segment;
    } else {
      parts.push({ text: seg.segment, start: seg.index });
    }
  }
  const out: { text: string; start: number }[] = [];
  for (const p of parts) {
    const lead = p.text.length - p.text.trimStart().length;
    const text = p.text.trim();
    if (text !== '') out.push({ text, start: p.start + lead });
  }
  return out;
}

/** Sentences of an article's paragraphs, numbered across the article. */
export function splitSentences(paragraphs: readonly string[]): Sentence[] {
  const sentences: Sentence[] = [];
  paragraphs.forEach((paragraph, p) => {
    for (const s of splitParagraph(paragraph)) {
      sentences.push({ text: s.text, paragraph: p, index: sentences.length, start: s.start });
    }
  });
  return sentences;
}
