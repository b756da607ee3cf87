// Sentence splitting: Intl.Segmenter per paragraph, then re-joining splits made after abbreviations and initials.
import type { Sentence } from '../types.js';

const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });
const LETTER = /\p{L}/u;

/** Abbreviations that are always followed by more of the same sentence ("Gen. Milley", "Feb. 24", "Mr. Smith"). */
const ALWAYS_JOIN = new Set([
  'mr', 'mrs', 'ms', 'dr', 'gen', 'lt', 'col', 'maj', 'capt', 'cpt', 'sgt', 'adm', 'rep', 'sen', 'gov', 'pres',
  'prof', 'rev', 'st', 'ft', 'mt', 'sr', 'jr', 'vs', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep',
  'sept', 'oct', 'nov', 'dec', 'brig', 'cmdr', 'hon', 'amb', 'sec', 'dept', 'approx', 'e.g', 'i.e',
]);

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
  // Dotted acronyms ("U.S.", "U.N."): join unless the next word normally opens a sentence.
  if (/^(\p{L}\.)+\p{L}$/u.test(lastWord)) {
    const nextWord = /^[\s"“'‘]*([\p{L}]+)/u.exec(next)?.[1] ?? '';
    return nextWord !== '' && !SENTENCE_OPENERS.has(nextWord) && /^\p{Lu}/u.test(nextWord);
  }
  return false;
}

/** Split one paragraph into sentence texts with their offsets. */
export function splitParagraph(paragraph: string): { text: string; start: number }[] {
  const parts: { text: string; start: number }[] = [];
  for (const seg of segmenter.segment(paragraph)) {
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
