// Attribution: which reporting clause speaks a quotation. Rules, tried in order:
//   0. the nearest clause running into the opening mark: 'A said B urged “…”' → B; 'X stressed that “…,” the ministry said' → X
//   1. right after the closing mark:      '“…,” Blinken said.'  '“…,” said X, the minister'  '“…,” he added'
//   2. before the opening mark:           'X said: “…”'  'told reporters: “…”'  'said that “…”'  'According to him, “…”'
//   3. closing the sentence after it:     '“…, “were discussed, the Russian Defense Ministry said in a note.'
//   4. alone in the next paragraph:       '…were discussed,”' ¶ 'the Russian department said.' / 'provided by the Pentagon.'
//   5. a previous sentence ending in ':':  'The ministry said in a statement:' ¶ '“…”'
//   6. continuing the previous quotation:  '“…,” the official said. “And more …”'
import type { Sentence } from '../types.js';
import type { Clause } from './quote-clauses.js';
import type { Speaker } from './quote-resolve.js';
import { wordCount, type QuoteSpan } from './quote-spans.js';

export interface ResolvedClause extends Clause { speaker: Speaker | null }
export interface SentenceView {
  sentence: Sentence;
  /** Position of the sentence in its paragraph. */
  k: number;
  masked: string;
  clauses: ResolvedClause[];
}
export interface ParagraphView { text: string; spans: QuoteSpan[]; sentences: SentenceView[] }
/** One span of a quotation that may run over several paragraphs. */
export interface GroupPart { para: number; span: QuoteSpan }

export interface Attribution {
  speaker: Speaker;
  /** The sentence holding the attribution (may lie outside the quote's sentences). */
  sentence: Sentence | null;
  rule: 'after' | 'before' | 'clause-end' | 'next-paragraph' | 'introducer' | 'continued';
  /** A clause running straight into the opening mark ("said: “", "urged that “"): it beats a speaker after the quote. */
  tight?: boolean;
}

/** The quotation attributed just before, for rule 6. */
export interface PreviousQuote { lastPara: number; speaker: Speaker; sentence: Sentence | null }

/** Only punctuation and dashes between a closing mark and the attribution. */
const GAP = /^[\s,.;:!?\u2014\u2013\-”"’'»]*$/u;
const words = wordCount;

/** The sentence of a paragraph that holds an offset (the last one starting at or before it). */
export function sentenceAt(p: ParagraphView, offset: number): SentenceView | null {
  // Binary search: a paragraph of thousands of sentences must not make every quote scan them all.
  let lo = 0;
  let hi = p.sentences.length - 1;
  let found: SentenceView | null = null;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const sv = p.sentences[mid] as SentenceView;
    if (sv.sentence.start <= offset) { found = sv; lo = mid + 1; } else hi = mid - 1;
  }
  return found;
}

const anchor = (c: ResolvedClause): number => c.start ?? (c.role === 'subject' && c.np ? c.np.start : c.verbStart);
const clauseEnd = (c: ResolvedClause): number => (c.role === 'object' && c.np ? c.np.end : c.verbEnd);

function after(p: ParagraphView, span: QuoteSpan): Attribution | null {
  if (span.close < 0) return null;
  let sv = sentenceAt(p, span.close);
  if (!sv) return null;
  let local = span.close + 1 - sv.sentence.start;
  // '“We will win.” Zelensky said.' may be split after the closing mark: look at the next sentence.
  if (local >= sv.masked.length) {
    const next = p.sentences[sv.k + 1];
    if (!next) return null;
    sv = next;
    local = 0;
  }
  for (const c of sv.clauses) {
    const a = anchor(c);
    if (a < local || !GAP.test(sv.masked.slice(local, a))) continue;
    if (c.speaker && c.role !== 'bare') return { speaker: c.speaker, sentence: sv.sentence, rule: 'after' };
  }
  return null;
}

/**
 * What may stand between a reporting clause and the opening mark for the clause to govern the quote directly:
 * "said: “", "urged that “", "told reporters: “", "told Lavrov, “", "told them that “".
 */
const TIGHT_GAP = /^\s*(?:(?:reporters|journalists|the press|him|her|them|us|(?:the\s+)?[\p{Lu}][\p{L}]*)\s*)?(?:that\s*)?[:,]?\s*$/u;

function before(p: ParagraphView, span: QuoteSpan): Attribution | null {
  if (span.open < 0) return null;
  const sv = sentenceAt(p, span.open);
  if (!sv) return null;
  const local = span.open - sv.sentence.start;
  const cands = sv.clauses.filter((c) => c.speaker && clauseEnd(c) <= local);
  // Nested reported speech ('Halvorsen said Kragh had urged “…”', 'Kuroda emphasized that “…,” the ministry said'):
  // the nearest clause whose verb runs straight into the mark governs the quote, and wins over an outer speaker
  // before it and a source after the quote.
  const tight = [...cands].reverse().find((c) => c.verb !== 'according to' && TIGHT_GAP.test(sv.masked.slice(clauseEnd(c), local)));
  if (tight?.speaker) return { speaker: tight.speaker, sentence: sv.sentence, rule: 'before', tight: true };
  // 'while Y told reporters: “…”' — a clause that introduces the quote with a colon wins over the sentence subject.
  const intro = [...cands].reverse().find((c) => /^[^.!?]*:\s*$/u.test(sv.masked.slice(clauseEnd(c), local)));
  // "According to the ministry, Zubarev warned that «…»": the speaking subject wins over the cited source.
  const c = intro ?? cands.find((x) => x.verb !== 'according to') ?? cands[0];
  return c?.speaker ? { speaker: c.speaker, sentence: sv.sentence, rule: 'before' } : null;
}

function clauseEndAfter(p: ParagraphView, span: QuoteSpan): Attribution | null {
  if (span.ending === 'reopen') return null;
  const at = span.close >= 0 ? span.close : span.end - 1;
  const sv = sentenceAt(p, at);
  if (!sv) return null;
  const local = at + 1 - sv.sentence.start;
  const c = sv.clauses.find((x) => x.speaker && x.role !== 'bare' && anchor(x) >= local);
  if (!c?.speaker || words(sv.masked.slice(clauseEnd(c))) > 10) return null;
  return { speaker: c.speaker, sentence: sv.sentence, rule: 'clause-end' };
}

function nextParagraph(paras: readonly ParagraphView[], pi: number, span: QuoteSpan): Attribution | null {
  const p = paras[pi];
  const q = paras[pi + 1];
  if (!p || !q || q.spans.length > 0 || words(q.text) > 14) return null;
  const endsParagraph = span.ending === 'paragraph' || (span.close >= 0 && GAP.test(p.text.slice(span.close + 1)));
  if (!endsParagraph) return null;
  const sv = q.sentences[0];
  const c = sv?.clauses.find((x) => x.speaker && x.role !== 'bare' && /^[\s\p{P}]*$/u.test(sv.masked.slice(0, anchor(x))));
  return c?.speaker && sv ? { speaker: c.speaker, sentence: sv.sentence, rule: 'next-paragraph' } : null;
}

function introducer(paras: readonly ParagraphView[], pi: number, span: QuoteSpan): Attribution | null {
  const p = paras[pi];
  if (!p || span.open < 0) return null;
  const sv = sentenceAt(p, span.open);
  if (!sv || !/^[\s\p{P}]*$/u.test(sv.masked.slice(0, span.open - sv.sentence.start))) return null;
  const k = sv.k;
  const prev = k > 0 ? p.sentences[k - 1] : paras[pi - 1]?.sentences.at(-1);
  if (!prev || !/:\s*$/u.test(prev.masked)) return null;
  const c = [...prev.clauses].reverse().find((x) => x.speaker);
  return c?.speaker ? { speaker: c.speaker, sentence: prev.sentence, rule: 'introducer' } : null;
}

function continued(paras: readonly ParagraphView[], first: GroupPart, previous: PreviousQuote | null): Attribution | null {
  if (!previous) return null;
  const p = paras[first.para];
  const opensParagraph = !!p && /^[\s\p{P}]*$/u.test(p.text.slice(0, Math.max(0, first.span.open)));
  if (previous.lastPara === first.para || (opensParagraph && previous.lastPara === first.para - 1)) {
    return { speaker: previous.speaker, sentence: previous.sentence, rule: 'continued' };
  }
  return null;
}

/** The speaker of a quotation (one or more spans over consecutive paragraphs), or null when none is found. */
export function attribute(paras: readonly ParagraphView[], parts: readonly GroupPart[], previous: PreviousQuote | null): Attribution | null {
  const first = parts[0];
  const last = parts[parts.length - 1];
  if (!first || !last) return null;
  const pFirst = paras[first.para];
  const pLast = paras[last.para];
  if (!pFirst || !pLast) return null;
  const b = before(pFirst, first.span);
  return (b?.tight ? b : null) ?? after(pLast, last.span) ?? b ?? clauseEndAfter(pLast, last.span) ??
    nextParagraph(paras, last.para, last.span) ?? introducer(paras, first.para, first.span) ??
    continued(paras, first, previous);
}
