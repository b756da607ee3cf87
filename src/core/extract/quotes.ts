// Direct quotations and their speakers: spans (quote-spans), reporting clauses (quote-clauses), who the clause
// names (quote-resolve) and which clause speaks which quote (quote-speaker). One pass over the article, in order.
import type { Quote, Sentence } from '../types.js';
import type { ArticleContext, PersonMention } from './context.js';
import { findClauses } from './quote-clauses.js';
import { headlineQuotes } from './quote-headline.js';
import { createGenderIndex } from './quote-gender.js';
import { createCueOrgIndex } from './quote-org-cues.js';
import { findOrgMentions, type OrgMention } from './quote-orgs.js';
import { createSpeakerResolver, type Speaker, type SpeakerResolver } from './quote-resolve.js';
import {
  attribute, sentenceAt, type GroupPart, type ParagraphView, type PreviousQuote, type ResolvedClause, type SentenceView,
} from './quote-speaker.js';
import { transcriptQuotes, type TurnQuote } from './quote-transcript.js';
import { findQuoteSpans, isQuotable, isWordCode, maskQuotes, wordCount, type QuoteSpan } from './quote-spans.js';

/** Collapse spaces and trim dashes, and trailing commas or colons, without end-anchored regexes. */
function cleanText(t: string): string {
  const s = /\s\s|[\n\t\r]/u.test(t) ? t.replace(/\s+/gu, ' ') : t;
  let a = 0;
  let b = s.length;
  while (a < b && ' \u2014\u2013-'.includes(s[a] as string)) a++;
  while (b > a && ' ,;:\u2014\u2013-'.includes(s[b - 1] as string)) b--;
  return s.slice(a, b);
}

const hasWord = (m: string): boolean => {
  for (let i = 0; i < m.length; i++) if (isWordCode(m.charCodeAt(i))) return true;
  return false;
};
/** Whether [from, to) overlaps a quoted span; spans are in text order, so a binary search finds the candidate. */
function inSpan(spans: readonly QuoteSpan[], from: number, to: number): boolean {
  let lo = 0;
  let hi = spans.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = spans[mid] as QuoteSpan;
    if (s.end <= from) lo = mid + 1;
    else if (s.start >= to) hi = mid - 1;
    else return true;
  }
  return false;
}

interface ParagraphText {
  text: string;
  spans: QuoteSpan[];
  masked: string;
  sentences: Sentence[];
  /** Each sentence's text with quotes masked. */
  maskedSentences: string[];
  mentions: PersonMention[][];
}

/** Quote spans, masked text and the person mentions outside quotes of every paragraph: read once, used twice. */
function readTexts(ctx: ArticleContext): ParagraphText[] {
  const byPara: Sentence[][] = ctx.article.paragraphs.map(() => []);
  for (const s of ctx.sentences) byPara[s.paragraph]?.push(s);
  return ctx.article.paragraphs.map((text, pi) => {
    const spans = findQuoteSpans(text);
    const masked = maskQuotes(text, spans);
    const sentences = byPara[pi] ?? [];
    const maskedSentences = spans.length === 0 ? sentences.map((s) => s.text) : sentences.map((s) => masked.slice(s.start, s.start + s.text.length));
    const mentions = sentences.map((sentence, k) => {
      const from = sentence.start;
      const m = maskedSentences[k] as string;
      const all = ctx.people.mentionsIn(sentence.index);
      return all.length === 0 ? all : all.filter((x) => !inSpan(spans, from + x.start, from + x.end) &&
        // "the president of the United States": a role cut short before its "of …" may name the wrong person.
        !(/^the\s/iu.test(x.text) && /^\s+of\s+(?:the\s+)?\p{Lu}/u.test(m.slice(x.end, x.end + 40))));
    });
    return { text, spans, masked, sentences, maskedSentences, mentions };
  });
}

/** Build the paragraph views: every sentence's reporting clauses with their speakers. */
function readParagraphs(ctx: ArticleContext, texts: readonly ParagraphText[], resolver: SpeakerResolver): ParagraphView[] {
  return texts.map(({ text, spans, masked, sentences, maskedSentences, mentions: byMention }) => {
    const orgs = findOrgMentions(text);
    const views: SentenceView[] = [];
    let previousSubject: PersonMention['person'] | null = null;
    let oi = 0;
    sentences.forEach((sentence, k) => {
      const from = sentence.start;
      const to = from + sentence.text.length;
      const m = maskedSentences[k] as string;
      // Organisations and sentences are both in text order: one pointer walks them together.
      while (oi < orgs.length && (orgs[oi] as OrgMention).start < to) {
        const o = orgs[oi++] as OrgMention;
        if (o.start >= from) resolver.noteOrg(sentence.index, o.start - from, o);
      }
      const mentions = byMention[k] ?? [];
      for (const x of mentions) resolver.noteMention(x);
      const clauses: ResolvedClause[] = [];
      let last: Speaker | null = null;
      for (const c of findClauses(m)) {
        let sp: Speaker | null = null;
        if (c.np) {
          const hint = c.np.det === 'the' ? fragmentPerson(ctx, sentences[k + 1], masked, m, c.verbEnd) : null;
          sp = resolver.resolve({ np: c.np, sentence: sentence.index, mentions, text: m, hint, previousSubject });
        } else {
          // "Blinken said …, but added that …", "…, adding “…”", "Mutai thanked his host and said …"
          sp = last ?? coordinatedSubject(resolver, sentence.index, m, c.verbStart, mentions);
        }
        if (sp) last = sp;
        clauses.push({ verb: c.verb, verbStart: c.verbStart, verbEnd: c.verbEnd, role: c.role, np: c.np, start: c.start, speaker: sp });
      }
      views.push({ sentence, k, masked: m, clauses });
      // A sentence wholly inside a quotation ('“I have not … Jakarta.' + 'We hope …,” she told NHK') keeps the subject.
      if (spans.length === 0 || hasWord(m)) previousSubject = sentenceSubject(m, mentions, clauses, previousSubject);
    });
    return { text, spans, sentences: views };
  });
}

/** "Babayev’s …": an apostrophe and s right after a name. */
const isPossessive = (m: string, end: number): boolean => {
  const c = m.charCodeAt(end);
  return (c === 0x2019 || c === 39) && m.charCodeAt(end + 1) === 115 && !isWordCode(m.charCodeAt(end + 2));
};

/**
 * The person a sentence is about, for a "he"/"she" in the next one: the person opening it (after an opening
 * phrase: "Asked about X, Coe said"), not a possessive ("Babayev's chief negotiator, Yalchin Rafiyev, said" →
 * Rafiyev); when a pronoun clause comes first ("he said he had not spoken with its founder, Michael Johnson"), the
 * person that pronoun was resolved to.
 */
/** A subject "he"/"she" with its verb, after at most a short adverbial ("In October he met "). */
const PRONOUN_OPENS = /^(?:[^,“”"«»]{0,30}?(?:,\s*|\s))?(?:he|she)\s+(?:\p{Ll}+\s+){1,3}/iu;

function sentenceSubject(m: string, mentions: readonly PersonMention[], clauses: readonly ResolvedClause[], previous: PersonMention['person'] | null = null): PersonMention['person'] | null {
  if (mentions.length === 0 && clauses.length === 0) return null;
  const opener = mentions.find((x) => !isPossessive(m, x.end));
  // "Dr A has spent the autumn on the road. In October he met B in Delhi.": a pronoun subject before the first name
  // goes on with the person before, not with the object it names.
  if (previous && opener && !clauses.some((c) => (c.start ?? c.verbStart) < opener.start) && PRONOUN_OPENS.test(m.slice(0, opener.start))) return previous;
  const first = clauses.find((c) => c.speaker);
  const lead = first?.role === 'subject' && first.np?.pronoun && first.speaker?.person ? first : null;
  if (lead?.np && (!opener || lead.np.start < opener.start)) return lead.speaker?.person ?? null;
  return opener && /^\s*$|,\s*$/u.test(m.slice(0, opener.start)) ? opener.person : null;
}

/**
 * '…, the spokesman said. Pentagon voice and Brigadier General Pat Ryder.': a role speaker at the end of a sentence
 * named in the short verbless sentence that follows.
 */
function fragmentPerson(ctx: ArticleContext, next: Sentence | undefined, masked: string, m: string, verbEnd: number): PersonMention['person'] | null {
  if (!next || wordCount(m.slice(verbEnd)) > 3) return null;
  const nm = masked.slice(next.start, next.start + next.text.length);
  if (wordCount(nm) > 12 || findClauses(nm).length > 0 || /[“”"«»]/u.test(nm)) return null;
  const ms = ctx.people.mentionsIn(next.index);
  return ms[ms.length - 1]?.person ?? null;
}

/** "Mutai thanked his host and said": the person who opens the sentence is the subject of a verb after "and". */
function coordinatedSubject(resolver: SpeakerResolver, sentence: number, m: string, verbStart: number, mentions: readonly PersonMention[]): Speaker | null {
  if (!/\b(?:and|but|then)\s+(?:\p{Ll}+\s+)?$/u.test(m.slice(Math.max(0, verbStart - 24), verbStart))) return null;
  const first = mentions[0];
  if (!first || first.start > verbStart || !/^\s*$|,\s*$/u.test(m.slice(0, first.start))) return null;
  return resolver.resolve({ np: { text: first.text, start: first.start, end: first.end, head: '', det: null, pronoun: null }, sentence, mentions, text: m });
}

/** Spans grouped into quotations: a quote left open at a paragraph end continues when the next paragraph opens with one. */
function groupSpans(paras: readonly ParagraphView[]): GroupPart[][] {
  const groups: GroupPart[][] = [];
  let open: GroupPart[] | null = null;
  paras.forEach((p, pi) => {
    p.spans.forEach((span, k) => {
      const atStart = k === 0 && /^[\s\p{P}]*$/u.test(p.text.slice(0, Math.max(0, span.open)));
      if (open && atStart) open.push({ para: pi, span });
      else groups.push((open = [{ para: pi, span }]));
      if (span.ending !== 'paragraph') open = null;
    });
    if (p.spans.length === 0) open = null;
  });
  return groups;
}

export function extractQuotes(ctx: ArticleContext): Quote[] {
  const texts = readTexts(ctx);
  // Gender evidence ("Okafor said she …") is read over the whole article, when a "he"/"she" first needs it.
  const gender = createGenderIndex(ctx.people, ctx.article.paragraphs, (visit) => {
    for (const t of texts) for (let k = 0; k < t.mentions.length; k++) {
      const ms = t.mentions[k] as PersonMention[];
      if (ms.length > 0) visit(t.maskedSentences[k] as string, ms);
    }
  });
  const resolver = createSpeakerResolver(ctx.people, { gender, cueOrgs: createCueOrgIndex(ctx) });
  const paras = readParagraphs(ctx, texts, resolver);
  const out: Quote[] = [];
  const paraOf: number[] = [];
  const seen = new Set<string>();
  let previous: PreviousQuote | null = null;
  for (const parts of groupSpans(paras)) {
    const raw = parts.map((g) => (paras[g.para]?.text ?? '').slice(g.span.start, g.span.end)).join(' ').trim();
    if (!isQuotable(raw)) continue;
    const who = attribute(paras, parts, previous);
    if (!who) continue;
    previous = { lastPara: parts[parts.length - 1]?.para ?? 0, speaker: who.speaker, sentence: who.sentence };
    // A quotation running over several paragraphs gives one quote per paragraph, each with the shared speaker:
    // each reads on its own, and each cites the attribution.
    for (const part of parts) {
      const text = cleanText((paras[part.para]?.text ?? '').slice(part.span.start, part.span.end));
      const key = `${who.speaker.name}\u0000${text}`;
      if (text === '' || seen.has(key)) continue;
      seen.add(key);
      out.push({ speaker: who.speaker.name, speakerKind: who.speaker.kind, text, evidence: evidenceOf(paras, [part], who.sentence) });
      paraOf.push(part.para);
    }
  }
  const body = withTurns(out, paraOf, transcriptQuotes(ctx, texts));
  return [...headlineQuotes(ctx, body), ...body];
}

const normText = (t: string): string => t.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

/**
 * Transcript answers merged into the marked quotes in paragraph order. An answer that is all one marked quotation
 * ("Keller: “We will not …”") is kept once: the marked quote when a clause attributed it, else the answer.
 */
function withTurns(marked: readonly Quote[], paraOf: readonly number[], turns: readonly TurnQuote[]): Quote[] {
  if (turns.length === 0) return [...marked];
  const byPara = new Map<number, string[]>();
  marked.forEach((q, k) => {
    const p = paraOf[k] ?? 0;
    const list = byPara.get(p);
    if (list) list.push(normText(q.text));
    else byPara.set(p, [normText(q.text)]);
  });
  const out: Quote[] = [];
  let i = 0;
  for (const t of turns) {
    for (; i < marked.length && (paraOf[i] ?? 0) <= t.para; i++) out.push(marked[i] as Quote);
    const key = normText(t.text);
    const dup = (byPara.get(t.para) ?? []).some((q) => q.length >= 0.8 * key.length && key.includes(q));
    if (!dup) out.push({ speaker: t.speaker.name, speakerKind: t.speaker.kind, text: t.text, evidence: t.evidence });
  }
  for (; i < marked.length; i++) out.push(marked[i] as Quote);
  return out;
}

/** The sentences that hold the quotation, plus the attribution sentence when it stands elsewhere. */
function evidenceOf(paras: readonly ParagraphView[], parts: readonly GroupPart[], attribution: Sentence | null): string {
  const picked = new Map<number, Sentence>();
  for (const { para, span } of parts) {
    const p = paras[para];
    if (!p) continue;
    const first = sentenceAt(p, span.open >= 0 ? span.open : span.start)?.k ?? 0;
    const last = sentenceAt(p, Math.max(0, (span.close >= 0 ? span.close : span.end) - 1))?.k ?? first;
    for (let k = first; k <= last; k++) {
      const s = p.sentences[k]?.sentence;
      if (s) picked.set(s.index, s);
    }
  }
  if (attribution) picked.set(attribution.index, attribution);
  return [...picked.values()].sort((a, b) => a.index - b.index).map((s) => s.text).join(' ');
}
