// A fetched HTML page → the article's plain text, title, date and outlet (Readability on linkedom). No HTML leaves.
import { Readability } from '@mozilla/readability';
import { FetchError } from './fetch-error.js';
import { nodeToParagraphs, parseHtmlDocument, type DomNode } from './html-text.js';
import { readPageMetadata } from './page-metadata.js';

export interface ExtractedPage {
  url: string;
  title: string;
  /** Body paragraphs, separated by blank lines. */
  text: string;
  published: string | null;
  outlet: string | null;
}

/** Pages with less body text than this are index pages, paywalls or errors, not articles. */
export const MIN_ARTICLE_CHARS = 300;

export function extractPage(html: string, url: string): ExtractedPage {
  const doc = parseHtmlDocument(html);
  const meta = readPageMetadata(doc);
  const pageTitle = doc.title?.trim() || null;
  const result = new Readability<DomNode>(doc as never, { serializer: (node) => node as unknown as DomNode }).parse();
  const paragraphs = result?.content ? nodeToParagraphs(result.content) : [];
  const text = paragraphs.join('\n\n');
  if (text.length < MIN_ARTICLE_CHARS) {
    throw new FetchError('not_article', `no article text found at ${url.slice(0, 200)} (${text.length} characters of body text)`);
  }
  const title = (meta.title ?? result?.title ?? pageTitle ?? '').replace(/\s+/g, ' ').trim();
  const published = meta.published ?? (result?.publishedTime ? result.publishedTime.slice(0, 10) : null);
  const outlet = meta.outlet ?? result?.siteName ?? null;
  // Readability sometimes keeps the headline as the first block; the title is carried separately.
  const body = paragraphs[0] === title ? paragraphs.slice(1) : paragraphs;
  return { url, title, text: body.join('\n\n'), published: /^\d{4}-\d{2}-\d{2}$/.test(published ?? '') ? published : null, outlet };
}
