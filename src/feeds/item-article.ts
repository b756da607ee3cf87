// A feed item or an article URL → RawArticle: the feed's full text when it has it, else the linked page's text.
import type { RawArticle } from '../core/types.js';
import { decodeBody } from './decode-body.js';
import { extractPage } from './extract-page.js';
import { canonicalUrl } from './feed-url.js';
import { FetchError } from './fetch-error.js';
import type { FeedItem } from './parse-feed.js';
import type { SafeFetch } from './safe-fetch.js';

export const PAGE_ACCEPT = 'text/html, application/xhtml+xml;q=0.9, */*;q=0.5';
/** Feed text shorter than this is a teaser: the linked page is fetched for the article. */
export const MIN_FULL_TEXT_CHARS = 500;

/** Fetches one article page and extracts it; the citation key and stored URL are the canonical URL. */
export async function fetchArticle(fetch: SafeFetch, link: string, outlet?: string | null): Promise<RawArticle> {
  const res = await fetch(link, { accept: PAGE_ACCEPT });
  if (res.kind !== 'ok') throw new FetchError('network', 'the page answered 304 to a plain request');
  const page = extractPage(decodeBody(res.body, res.contentType), res.url);
  const url = canonicalUrl(res.url);
  return { file: url, url, text: page.text, title: page.title || null, published: page.published, outlet: outlet ?? page.outlet ?? new URL(url).hostname };
}

/** Throws FetchError (or the extractor's) when neither the item nor its page holds an article. */
export async function itemArticle(fetch: SafeFetch, item: FeedItem, fallbackKey: string, outlet: string, minChars = MIN_FULL_TEXT_CHARS): Promise<RawArticle> {
  const url = item.link ? canonicalUrl(item.link) : null;
  if (item.content.length >= minChars || (!url && item.content.length >= minChars / 2)) {
    return { file: url ?? fallbackKey, url, text: item.content, title: item.title || null, published: item.published, outlet };
  }
  if (!item.link) throw new FetchError('not_article', 'the item has no link and too little text to be an article');
  const page = await fetchArticle(fetch, item.link, outlet);
  // The feed's key and date describe the item as the publisher listed it; the page fills what the feed lacks.
  return { ...page, file: url ?? page.file, url: url ?? page.url, title: item.title || page.title, published: item.published ?? page.published };
}
