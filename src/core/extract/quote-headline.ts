// Quotations in the headline: 'Blinken: “We have not seen evidence”', '“We will win,” says Zelensky',
// 'Zelensky says “…”', '“…” – Zelensky'. Kept only when the body does not carry the same words.
import type { Quote } from '../types.js';
import type { ArticleContext } from './context.js';
import { findClauses, objectAfter, subjectBefore, type NounPhrase } from './quote-clauses.js';
import { createSpeakerResolver } from './quote-resolve.js';
import { findQuoteSpans, isQuotable, maskQuotes } from './quote-spans.js';
import { HEADLINE_REPORTING_RE } from './quote-verbs.js';

const norm = (t: string): string => t.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

/** Headline quotations not already found in the body. */
export function headlineQuotes(ctx: ArticleContext, body: readonly Quote[]): Quote[] {
  const title = ctx.article.title;
  const spans = findQuoteSpans(title).filter((s) => s.open >= 0);
  if (spans.length === 0) return [];
  const masked = maskQuotes(title, spans);
  const clauses = findClauses(masked, HEADLINE_REPORTING_RE);
  const resolver = createSpeakerResolver(ctx.people);
  // Resolve against the whole article: a headline names people before the body introduces them.
  const sentence = Math.max(0, ctx.sentences.length - 1);
  const bodyTexts = body.map((q) => norm(q.text));
  const out: Quote[] = [];
  for (const span of spans) {
    const text = title.slice(span.start, span.end).replace(/[\s,;:]+$/u, '');
    const key = norm(text);
    if (!isQuotable(text, true) || bodyTexts.some((b) => b.includes(key) || key.includes(b))) continue;
    const closeAt = span.close >= 0 ? span.close + 1 : span.end;
    const after = masked.slice(closeAt);
    let np: NounPhrase | null =
      clauses.find((c) => c.np && c.verbStart >= closeAt && /^[\s\p{P}]*$/u.test(masked.slice(closeAt, c.role === 'subject' ? c.np.start : c.verbStart)))?.np ??
      clauses.find((c) => c.np && (c.role === 'subject' ? c.verbEnd : c.np.end) <= span.open)?.np ?? null;
    const colon = /([:\u2014\u2013-])\s*$/u.exec(masked.slice(0, span.open));
    if (!np && colon) np = subjectBefore(masked, colon.index); // 'Blinken: “…”'
    const dash = /^\s*[\u2014\u2013-]\s*/u.exec(after);
    if (!np && dash) np = objectAfter(masked, closeAt + dash[0].length); // '“…” – Zelensky'
    if (!np) continue;
    const sp = resolver.resolve({ np, sentence, mentions: [], text: masked });
    if (sp) out.push({ speaker: sp.name, speakerKind: sp.kind, text, evidence: title });
  }
  return out;
}
