// Finding quotations in one paragraph: double marks (“…” "…" «…» „…“, mixed), single marks that are not
// apostrophes (‘…’ '…'), quotes left open at the paragraph end, and quotes whose opening mark was lost.

/** One quotation in a paragraph. Offsets are paragraph offsets. */
export interface QuoteSpan {
  /** Offset of the opening mark; -1 when the opening mark was lost and the quote starts at `start`. */
  open: number;
  /** First character of the quoted words. */
  start: number;
  /** End of the quoted words (exclusive), trailing spaces trimmed. */
  end: number;
  /** Offset of the closing mark; -1 when the quote runs on to the paragraph end or to a mark that re-opens. */
  close: number;
  /** Why the quote ended. */
  ending: 'mark' | 'reopen' | 'paragraph';
}

const OPEN_PREF = new Set(['“', '„', '«', '‟']);
const CLOSE_PREF = new Set(['”', '»']);
const DOUBLE = new Set(['“', '”', '„', '«', '»', '"', '‟']);
/** Jumps straight to the next mark: the scan runs in the regex engine, not character by character in JS. */
const DOUBLE_RE = /[“”„«»"‟]/gu;
const SINGLE_OPEN_RE = /[‘'‚‹]/gu;
const ANY_MARK = /[“”„«»"‟‘'‚‹]/u;
const isSpace = (c: string): boolean => c === '' || /\s/u.test(c);
/** After an opening mark: a word, a bracket, an ellipsis, a dash-free start. */
const OPENS_BEFORE = /[\p{L}\p{N}[(‘'…“"«„$€£¿¡]/u;
/** Before an opening mark: start, space, bracket, dash, slash, colon. */
const OPENS_AFTER = /[\s([{\u2014\u2013/:-]/u;
/** After a closing mark: end, space, or punctuation that is not itself an opener. */
const CLOSES_BEFORE = /[\s.,;:!?)\]}\u2014\u2013…’'»”-]/u;

interface MarkSides { canOpen: boolean; canClose: boolean }

function sides(text: string, i: number): MarkSides {
  const prev = i > 0 ? (text[i - 1] as string) : '';
  const next = text[i + 1] ?? '';
  const canOpen = (prev === '' || OPENS_AFTER.test(prev)) && next !== '' && OPENS_BEFORE.test(next);
  const canClose = prev !== '' && !isSpace(prev) && (next === '' || CLOSES_BEFORE.test(next));
  return { canOpen, canClose };
}

const trimEnd = (text: string, from: number, to: number): number => {
  let e = to;
  while (e > from && isSpace(text[e - 1] ?? '')) e--;
  return e;
};
const trimStart = (text: string, from: number, to: number): number => {
  let s = from;
  while (s < to && isSpace(text[s] ?? '')) s++;
  return s;
};

/** Double-mark quotations, including stray closing marks whose opening mark was lost in translation. */
function doubleSpans(text: string): QuoteSpan[] {
  const spans: QuoteSpan[] = [];
  let openAt = -1;
  let seenMark = false;
  DOUBLE_RE.lastIndex = 0;
  for (let mk = DOUBLE_RE.exec(text); mk; mk = DOUBLE_RE.exec(text)) {
    const i = mk.index;
    const c = mk[0];
    const { canOpen, canClose } = sides(text, i);
    const opensLike = canOpen && !canClose;
    const closesLike = canClose && !canOpen;
    if (openAt < 0) {
      if (opensLike || (!closesLike && OPEN_PREF.has(c))) {
        openAt = i;
      } else if (!seenMark && (closesLike || (!canOpen && CLOSE_PREF.has(c))) && !/\d/u.test(text[i - 1] ?? '')) {
        // 'Topical issues … were discussed,”' — no opening mark before: the quote starts at the paragraph start.
        const start = trimStart(text, 0, i);
        const end = trimEnd(text, start, i);
        if (end > start) spans.push({ open: -1, start, end, close: i, ending: 'mark' });
      }
      seenMark = true;
      continue;
    }
    seenMark = true;
    const start = trimStart(text, openAt + 1, i);
    if (closesLike || (!canOpen && c !== '„' && c !== '«') || (canOpen && canClose && !OPEN_PREF.has(c))) {
      spans.push({ open: openAt, start, end: trimEnd(text, start, i), close: i, ending: 'mark' });
      openAt = -1;
    } else if (/[,;]\s$/u.test(text.slice(Math.max(0, i - 2), i)) && /\p{Ll}/u.test(text[i + 1] ?? '')) {
      // '“Several issues, including Ukraine, “were discussed, the ministry said' — a closing mark typed as an opener.
      spans.push({ open: openAt, start, end: trimEnd(text, start, i), close: i, ending: 'mark' });
      openAt = -1;
    } else {
      // '“… this week. “But I don’t think …' — a new quotation opens before the last one closed.
      spans.push({ open: openAt, start, end: trimEnd(text, start, i), close: -1, ending: 'reopen' });
      openAt = i;
    }
  }
  if (openAt >= 0) {
    const start = trimStart(text, openAt + 1, text.length);
    spans.push({ open: openAt, start, end: trimEnd(text, start, text.length), close: -1, ending: 'paragraph' });
  }
  return spans.filter((s) => s.end > s.start);
}

const SINGLE_CLOSE_RE = /[’'›]/gu;
const WORDISH = /[\p{L}\p{N}]/u;
/** "’90s", "'em", "'til": a leading apostrophe that shortens a word, not an opening mark. */
const ELISION = /^(?:\d\ds?\b|em\b|til\b|cause\b|tis\b|twas\b|n\b|bout\b)/iu;

/** Single-mark quotations: an opener after a space and a closer before a space or punctuation, apostrophes skipped. */
function singleSpans(text: string, taken: readonly QuoteSpan[]): QuoteSpan[] {
  // Candidate closers, found once: strong before punctuation or after a non-s letter, weak after -s before a space
  // ("the workers’ union"). Openers then walk these lists with pointers, so the scan stays linear.
  const strong: number[] = [];
  const weak: number[] = [];
  SINGLE_CLOSE_RE.lastIndex = 0;
  for (let cm = SINGLE_CLOSE_RE.exec(text); cm; cm = SINGLE_CLOSE_RE.exec(text)) {
    const j = cm.index;
    const p = j > 0 ? (text[j - 1] as string) : ' ';
    const n = text[j + 1] ?? '';
    if (WORDISH.test(p) && WORDISH.test(n)) continue; // don't, Russia's
    if (isSpace(p) || !(n === '' || CLOSES_BEFORE.test(n))) continue;
    if ((p === 's' || p === 'S') && isSpace(n)) weak.push(j);
    else strong.push(j);
  }
  if (strong.length === 0 && weak.length === 0) return [];
  const spans: QuoteSpan[] = [];
  const zone = (q: QuoteSpan): [number, number] => [q.open < 0 ? q.start : q.open, q.close < 0 ? q.end : q.close];
  let si = 0;
  let wi = 0;
  let ti = 0;
  const inside = (i: number): boolean => {
    while (ti < taken.length && zone(taken[ti] as QuoteSpan)[1] < i) ti++;
    const t = taken[ti];
    return !!t && zone(t)[0] <= i;
  };
  SINGLE_OPEN_RE.lastIndex = 0;
  for (let mk = SINGLE_OPEN_RE.exec(text); mk; mk = SINGLE_OPEN_RE.exec(text)) {
    const i = mk.index;
    const prev = i > 0 ? (text[i - 1] as string) : '';
    const next = text[i + 1] ?? '';
    if (!(prev === '' || OPENS_AFTER.test(prev) || DOUBLE.has(prev)) || !WORDISH.test(next)) continue;
    if (ELISION.test(text.slice(i + 1, i + 6)) || inside(i)) continue;
    while (si < strong.length && (strong[si] as number) < i + 2) si++;
    while (wi < weak.length && (weak[wi] as number) < i + 2) wi++;
    const limit = i + 1200;
    const st = strong[si] ?? Infinity;
    const wk = weak[wi] ?? Infinity;
    const close = st < limit ? st : wk < limit ? wk : -1;
    if (close < 0) continue;
    const start = i + 1;
    const end = trimEnd(text, start, close);
    if (end > start && !inside(close)) spans.push({ open: i, start, end, close, ending: 'mark' });
    SINGLE_OPEN_RE.lastIndex = close + 1;
  }
  return spans;
}

/** All quotations of a paragraph in text order; double quotations nested inside single ones are dropped. */
export function findQuoteSpans(text: string): QuoteSpan[] {
  if (!ANY_MARK.test(text)) return [];
  const doubles = doubleSpans(text);
  const singles = singleSpans(text, doubles);
  if (singles.length === 0) return doubles;
  const outer = doubles.filter((d) => !singles.some((s) => d.start >= s.start && d.end <= s.end));
  return [...outer, ...singles].sort((a, b) => a.start - b.start);
}

/** The paragraph with quoted words blanked out (same length), so attribution rules never match inside a quote. */
export function maskQuotes(text: string, spans: readonly QuoteSpan[]): string {
  if (spans.length === 0) return text;
  let out = '';
  let at = 0;
  for (const s of spans) {
    if (s.start < at) continue;
    out += text.slice(at, s.start) + ' '.repeat(s.end - s.start);
    at = s.end;
  }
  return out + text.slice(at);
}

/** Number of words in a quoted text. */
export function wordCount(text: string): number {
  // A plain loop: counting runs that start with a letter or digit after a non-word character.
  let n = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const word: boolean = isWordCode(c) || (inWord && (c === 0x2019 || c === 0x27 || c === 0x2e || c === 0x2d));
    if (word && !inWord) n++;
    inWord = word;
  }
  return n;
}

/** Letter or digit, with an ASCII fast path (the regex with \p classes is slow per character). */
export function isWordCode(c: number): boolean {
  if (c < 128) return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  return c > 0xbf && c !== 0xd7 && c !== 0xf7 && !(c >= 0x2000 && c <= 0x2bff) && !(c >= 0x3000 && c <= 0x303f) && LETTER.test(String.fromCharCode(c));
}
const LETTER = /[\p{L}\p{N}]/u;

/**
 * A quotation is kept when it has four words or more, or when it is a short full clause ('“No,” he said.',
 * '“It’s not clear yet.”'): capitalised and ending in punctuation inside the marks. One- to three-word scare quotes
 * ("professional", “war criminal”) are dropped: they are often not the speaker's words, and dropping them keeps
 * them from taking an attribution.
 */
export function isQuotable(text: string, headline = false): boolean {
  // "Operation Shield of the North", “A Future for the Black Sea”: a title-case name, not someone's words
  // (headlines are written in title case, so there the test is skipped).
  // A full stop typed inside the closing mark ('toward a "Free and Open Indo-Pacific."') does not make it a sentence.
  if (!headline && /^(?:\p{Lu}[\p{L}’'-]*|of|the|and|a|an|in|for|on|to|at|de|la|&)(?:\s+(?:\p{Lu}[\p{L}’'-]*|of|the|and|a|an|in|for|on|to|at|de|la|&))+[.,]?$/u.test(text)) {
    return false;
  }
  if (wordCount(text) >= 4) return true;
  return /^[\p{Lu}\p{N}]/u.test(text) && /[.!?,…]$/u.test(text);
}
