// Publication date, title and outlet of a web page from its metadata: meta tags, JSON-LD, <time datetime>.
import { z } from 'zod';
import { toDay } from './feed-dates.js';
import type { DomDocument } from './html-text.js';

export interface PageMetadata {
  title: string | null;
  published: string | null;
  outlet: string | null;
}

const DATE_METAS = [
  'meta[property="article:published_time"]',
  'meta[name="article:published_time"]',
  'meta[itemprop="datePublished"]',
  'meta[name="pubdate"]',
  'meta[name="publish-date"]',
  'meta[name="date"]',
  'meta[name="dc.date"]',
  'meta[name="DC.date.issued"]',
];

// JSON-LD is whatever a site's CMS wrote: only the fields used here are checked, everything else passes through.
const ldNode = z.looseObject({
  '@type': z.union([z.string(), z.array(z.string())]).optional(),
  datePublished: z.string().optional(),
  dateCreated: z.string().optional(),
  headline: z.string().optional(),
  name: z.string().optional(),
  publisher: z.looseObject({ name: z.string().optional() }).optional(),
});
type LdNode = z.infer<typeof ldNode>;

function ldNodes(doc: DomDocument): LdNode[] {
  const out: LdNode[] = [];
  const visit = (v: unknown, depth: number) => {
    if (depth > 4 || !v || typeof v !== 'object') return;
    if (Array.isArray(v)) return v.slice(0, 50).forEach((x) => visit(x, depth + 1));
    const node = ldNode.safeParse(v);
    if (node.success) out.push(node.data);
    visit((v as Record<string, unknown>)['@graph'], depth + 1);
  };
  const scripts = doc.querySelectorAll('script[type="application/ld+json"]');
  for (let i = 0; i < scripts.length; i++) {
    try {
      visit(JSON.parse(scripts[i]!.textContent ?? ''), 0);
    } catch {
      // A broken JSON-LD block is common and harmless: the other sources still apply.
    }
  }
  return out;
}

const isArticleType = (t: LdNode['@type']) => [t ?? []].flat().some((x) => /Article|BlogPosting|Report/i.test(x));

function meta(doc: DomDocument, selector: string): string | null {
  const v = doc.querySelector(selector)?.getAttribute('content')?.trim();
  return v ? v : null;
}

/** Reads metadata before Readability runs (it rewrites the document). */
export function readPageMetadata(doc: DomDocument): PageMetadata {
  const ld = ldNodes(doc);
  const article = ld.find((n) => isArticleType(n['@type']));
  let published: string | null = null;
  for (const sel of DATE_METAS) published ??= toDay(meta(doc, sel));
  published ??= toDay(article?.datePublished ?? article?.dateCreated ?? ld.find((n) => n.datePublished)?.datePublished);
  if (!published) {
    const time = doc.querySelector('article time[datetime], time[pubdate][datetime], time[itemprop="datePublished"], time[datetime]');
    published = toDay(time?.getAttribute('datetime'));
  }
  const site = ld.find((n) => [n['@type'] ?? []].flat().includes('WebSite'));
  const outlet =
    meta(doc, 'meta[property="og:site_name"]') ?? meta(doc, 'meta[name="application-name"]') ?? article?.publisher?.name ?? site?.name ?? null;
  const title = meta(doc, 'meta[property="og:title"]') ?? article?.headline ?? null;
  return { title, published, outlet };
}
