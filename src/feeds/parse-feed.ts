// RSS 2.0, RSS 1.0 (RDF) and Atom → items, read with fast-xml-parser; each item is checked with zod before use.
import { createHash } from 'node:crypto';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { z } from 'zod';
import { toDay } from './feed-dates.js';
import { absoluteLink, asRecords, notFeed, xmlAttr, xmlHtml, xmlText, type XmlRecord } from './feed-xml.js';
import { htmlToLine, htmlToParagraphs, parseHtmlDocument } from './html-text.js';

export const feedItemSchema = z.object({
  guid: z.string().min(1).max(2048),
  link: z.url({ protocol: /^https?$/ }).max(2048).nullable(),
  title: z.string().max(500),
  /** YYYY-MM-DD as the publisher wrote it. */
  published: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).nullable(),
  /** Plain text, paragraphs separated by blank lines; empty when the item has only a link. */
  content: z.string().max(1_000_000),
});
export type FeedItem = z.infer<typeof feedItemSchema>;

export interface ParsedFeed {
  format: 'rss' | 'atom' | 'rdf';
  title: string | null;
  items: FeedItem[];
  /** Items dropped because they had neither a link nor any text. */
  skipped: number;
}

export const MAX_FEED_ITEMS = 500;

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  parseTagValue: false,
  trimValues: true,
  isArray: (name) => name === 'item' || name === 'entry' || name === 'link',
  // Kept raw so the HTML inside is read once, by the HTML parser, whether escaped, in CDATA or inline XHTML.
  stopNodes: ['*.description', '*.content:encoded', '*.content', '*.summary'],
  processEntities: { enabled: true, maxEntityCount: 50, maxTotalExpansions: 500, maxExpandedLength: 50_000 },
});

/** Parses a feed document; throws FetchError 'not_feed' with a reason a person can act on. */
export function parseFeed(text: string, baseUrl: string): ParsedFeed {
  const xml = text.replace(/^\uFEFF/, '').trim();
  if (/^(<!--[\s\S]*?-->\s*)*<!doctype html|^<html[\s>]/i.test(xml)) throw notFeed(htmlPageMessage(xml, baseUrl));
  if (!xml.startsWith('<')) throw notFeed('the address returned text that is not XML, so it is not an RSS or Atom feed');
  let doc = xml;
  let check = XMLValidator.validate(doc);
  if (check !== true) {
    // Real feeds often carry a bare "&" in a title; that one mistake is repaired, anything else is refused.
    doc = xml.replace(/&(?!#\d+;|#x[0-9a-f]+;|[a-z][\w.-]*;)/gi, '&amp;');
    check = XMLValidator.validate(doc);
  }
  if (check !== true) throw notFeed(`the feed is not well-formed XML (line ${check.err.line}: ${check.err.msg})`);
  const tree = parser.parse(doc) as XmlRecord;
  const rss = tree.rss as XmlRecord | undefined;
  const feed = tree.feed as XmlRecord | undefined;
  const rdf = tree['rdf:RDF'] as XmlRecord | undefined;
  let parsed: { format: ParsedFeed['format']; title: unknown; raw: FeedItem[] };
  if (rss && typeof rss === 'object') {
    const channel = asRecords(rss.channel)[0] ?? {};
    parsed = { format: 'rss', title: channel.title, raw: asRecords(channel.item).map((i) => rssItem(i, baseUrl)) };
  } else if (feed && typeof feed === 'object') {
    const base = absoluteLink(xmlAttr(feed, 'xml:base'), baseUrl) ?? baseUrl;
    parsed = { format: 'atom', title: feed.title, raw: asRecords(feed.entry).map((e) => atomEntry(e, base)) };
  } else if (rdf && typeof rdf === 'object') {
    const channel = asRecords(rdf.channel)[0] ?? {};
    parsed = { format: 'rdf', title: channel.title, raw: asRecords(rdf.item).map((i) => rssItem(i, baseUrl)) };
  } else {
    const root = Object.keys(tree).find((k) => !k.startsWith('?')) ?? 'nothing';
    throw notFeed(`the document is XML but not a feed (its root element is <${root.slice(0, 40)}>, not <rss> or <feed>)`);
  }
  const items: FeedItem[] = [];
  let skipped = 0;
  for (const candidate of parsed.raw.slice(0, MAX_FEED_ITEMS)) {
    const ok = feedItemSchema.safeParse(candidate);
    if (ok.success && (ok.data.link || ok.data.content)) items.push(ok.data);
    else skipped++;
  }
  const title = xmlText(parsed.title);
  return { format: parsed.format, title: title ? htmlToLine(title).slice(0, 200) || null : null, items, skipped };
}

function rssItem(item: XmlRecord, base: string): FeedItem {
  const guidNode = item.guid;
  const guidText = xmlText(guidNode) ?? xmlAttr(item, 'rdf:about');
  let link = absoluteLink(xmlText(item.link), base);
  // <guid isPermaLink="true"> (the default) is the article's address when <link> is missing.
  if (!link && guidText && xmlAttr(guidNode, 'isPermaLink') !== 'false') link = absoluteLink(guidText, base);
  const title = htmlToLine(xmlText(item.title) ?? '');
  const published = toDay(xmlText(item.pubDate) ?? xmlText(item['dc:date']) ?? xmlText(item.published));
  const html = xmlHtml(item['content:encoded']) ?? xmlHtml(item.description) ?? '';
  return finish({ guidText, link, title, published, html });
}

function atomEntry(entry: XmlRecord, base: string): FeedItem {
  const links = asRecords(entry.link);
  const alternate =
    links.find((l) => (xmlAttr(l, 'rel') ?? 'alternate') === 'alternate' && /html/.test(xmlAttr(l, 'type') ?? 'text/html')) ??
    links.find((l) => (xmlAttr(l, 'rel') ?? 'alternate') === 'alternate');
  const title = htmlToLine(xmlText(entry.title) ?? '');
  const published = toDay(xmlText(entry.published) ?? xmlText(entry.updated) ?? xmlText(entry['dc:date']));
  const html = xmlHtml(entry.content) ?? xmlHtml(entry.summary) ?? '';
  return finish({ guidText: xmlText(entry.id), link: absoluteLink(xmlAttr(alternate, 'href'), base), title, published, html });
}

function finish(p: { guidText: string | undefined; link: string | null; title: string; published: string | null; html: string }): FeedItem {
  const content = htmlToParagraphs(p.html).join('\n\n');
  // Without a guid or link an item is known by what it says.
  const guid = p.guidText ?? p.link ?? `sha256:${createHash('sha256').update(`${p.title}\n${p.published}\n${content}`).digest('hex')}`;
  return { guid: guid.slice(0, 2048), link: p.link, title: p.title.slice(0, 500), published: p.published, content };
}

/** Feed links a web page announces (<link rel="alternate" type="application/rss+xml">), absolute. */
export function discoverFeedLinks(html: string, baseUrl: string): string[] {
  const doc = parseHtmlDocument(html);
  const found: string[] = [];
  const links = doc.querySelectorAll('link[rel~="alternate"]');
  for (let i = 0; i < links.length; i++) {
    const type = links[i]!.getAttribute('type') ?? '';
    const href = absoluteLink(links[i]!.getAttribute('href') ?? undefined, baseUrl);
    if (/(rss|atom)\+xml/i.test(type) && href && !found.includes(href)) found.push(href);
  }
  return found;
}

function htmlPageMessage(html: string, baseUrl: string): string {
  const links = discoverFeedLinks(html, baseUrl);
  return links.length > 0
    ? `this is a web page, not a feed; it links to a feed at ${links[0]} (add that address instead)`
    : 'this is a web page, not an RSS or Atom feed (and it names no feed of its own)';
}
