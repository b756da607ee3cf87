// Reading values out of fast-xml-parser's tree: text nodes, attributes, raw (stop-node) HTML, relative links.
import { FetchError } from './fetch-error.js';

export type XmlRecord = Record<string, unknown>;

/** Text of a node that may be a string, {'#text': …} (it had attributes) or a repeated element. */
export function xmlText(v: unknown): string | undefined {
  if (typeof v === 'string') return v.trim() || undefined;
  if (typeof v === 'number') return String(v);
  if (Array.isArray(v)) return xmlText(v[0]);
  if (v && typeof v === 'object') return xmlText((v as XmlRecord)['#text']);
  return undefined;
}

export function xmlAttr(v: unknown, name: string): string | undefined {
  if (v && typeof v === 'object' && !Array.isArray(v)) {
    const a = (v as XmlRecord)[`@_${name}`];
    return typeof a === 'string' ? a : undefined;
  }
  return undefined;
}

const XML_ENTITIES: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

function decodeXmlEntities(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|lt|gt|amp|quot|apos);/gi, (m, e: string) => {
    if (e[0] === '#') {
      const code = e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : m;
    }
    return XML_ENTITIES[e.toLowerCase()] ?? m;
  });
}

/**
 * The HTML inside a stop node (description, content:encoded, Atom content): CDATA sections are HTML as they stand,
 * escaped text (&lt;p&gt;) is HTML after one round of XML decoding, and Atom type="xhtml" is markup already.
 */
export function xmlHtml(v: unknown): string | undefined {
  const raw = typeof v === 'string' ? v : Array.isArray(v) ? v[0] : v && typeof v === 'object' ? (v as XmlRecord)['#text'] : undefined;
  if (typeof raw !== 'string' || raw.trim() === '') return undefined;
  const xhtml = xmlAttr(Array.isArray(v) ? v[0] : v, 'type') === 'xhtml';
  let out = '';
  let last = 0;
  for (const m of raw.matchAll(/<!\[CDATA\[([\s\S]*?)\]\]>/g)) {
    const before = raw.slice(last, m.index);
    out += xhtml ? before : decodeXmlEntities(before);
    out += m[1];
    last = m.index + m[0].length;
  }
  const rest = raw.slice(last);
  out += xhtml ? rest : decodeXmlEntities(rest);
  return out;
}

/** An absolute http(s) link, resolved against the feed's address; anything else (javascript:, mailto:) is dropped. */
export function absoluteLink(href: string | undefined, base: string): string | null {
  if (!href) return null;
  try {
    const url = new URL(href.trim(), base);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}

export function asRecords(v: unknown): XmlRecord[] {
  const list = Array.isArray(v) ? v : v === undefined ? [] : [v];
  return list.filter((x): x is XmlRecord => !!x && typeof x === 'object' && !Array.isArray(x));
}

export function notFeed(message: string): FetchError {
  return new FetchError('not_feed', message);
}
