// The citation columns every query selects from `articles a`, and their mapping to a Source.
import type { Source } from '../../core/knowledge.js';

/** Select-list fragment; the query must alias articles as `a` and supply the evidence column itself when it differs. */
export const SOURCE_COLUMNS = `a.file AS article, a.title, a.outlet, to_char(a.published, 'YYYY-MM-DD') AS published, a.url,
    c.evidence`;

/** Same, for queries where the evidence is not a contact's (quotes: q.evidence; articles: the lead). */
export const sourceColumns = (evidence: string): string => SOURCE_COLUMNS.replace('c.evidence', `${evidence} AS evidence`);

export interface SourceColumns {
  article: string;
  title: string;
  outlet: string | null;
  published: string | null;
  url: string | null;
  evidence: string;
}

export function toSource(r: SourceColumns): Source {
  return { article: r.article, title: r.title, outlet: r.outlet, published: r.published, url: r.url, evidence: r.evidence };
}

/** The first sentence of an article body: the evidence a story list cites for the article. */
export function leadSentence(body: string): string {
  const para = body.split(/\n\s*\n/u).find((p) => p.trim() !== '') ?? '';
  const m = /^.{20,400}?[.!?]["”’)]?(?=\s+[A-Z“"‘(]|\s*$)/su.exec(para.trim());
  return (m ? m[0] : para.trim().slice(0, 300)).trim();
}
