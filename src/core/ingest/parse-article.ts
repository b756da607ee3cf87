// Raw text → ParsedArticle: metadata, paragraphs without page furniture, and the dedupe hash.
import { hash } from 'node:crypto';
import type { ParsedArticle, RawArticle } from '../types.js';
import { isFurnitureLine, removeFurniture } from './furniture.js';
import { findOutlet, isHeadline, publicationDate, readDateline, readHeader, stripTagline, titleFromSentence, validDate } from './metadata.js';

/**
 * Split a body into paragraphs. Each non-empty line is a paragraph, except in hard-wrapped text (blocks of lines
 * that break mid-sentence), where the lines of a block are joined.
 */
export function splitLines(body: string): string[] {
  const out: string[] = [];
  for (const block of body.split(/\n[ \t]*\n/u)) {
    const lines = block.split('\n').map((l) => l.trim()).filter(Boolean);
    const wrapped = lines.length >= 3 && lines.slice(0, -1).every((l) => l.length >= 40 && l.length <= 100) &&
      lines.slice(0, -1).filter((l) => !/[.!?:”"’]$/u.test(l)).length >= (lines.length - 1) / 2;
    if (wrapped) {
      out.push(lines.join(' '));
      continue;
    }
    for (const line of lines) {
      const prev = out[out.length - 1];
      // A line continuing a sentence in lower case ("... by\nthe ministry") belongs to the previous line.
      if (prev && /^\p{Ll}/u.test(line) && /[\p{L},]$/u.test(prev) && prev.length > 60) out[out.length - 1] = `${prev} ${line}`;
      else out.push(line);
    }
  }
  return out;
}

/**
 * sha256 of the body with case and whitespace normalised: equal texts from two fetches hash equal. Paragraphs are
 * already trimmed lines, so only runs of inner whitespace need collapsing.
 */
export function contentHash(paragraphs: readonly string[]): string {
  const joined = paragraphs.join('\n').toLowerCase();
  const normal = /\s\s|[\t\r]/.test(joined) ? joined.replace(/\s+/g, ' ') : joined.replace(/\n/g, ' ');
  // One-shot hash (Node ≥ 20.12): same digest as createHash().update().digest(), without the Hash object.
  return hash('sha256', normal, 'hex');
}

/** Parse a raw article: title, date, outlet, clean paragraphs, hash. */
export function parseArticle(raw: RawArticle): ParsedArticle {
  const header = readHeader(raw.text);
  const lines = splitLines(header.body);
  let paragraphs = removeFurniture(lines);
  // A wire dateline opens the first body paragraph (after a headline, when there is one).
  let dateline: ReturnType<typeof readDateline> = null;
  for (let i = 0; i < Math.min(2, paragraphs.length) && !dateline; i++) {
    dateline = readDateline(paragraphs[i] ?? '');
    if (dateline) paragraphs[i] = dateline.rest;
  }
  let title = (raw.title ?? header.fields.title ?? '').trim();
  const first = paragraphs[0];
  if (first !== undefined) {
    if (title !== '' && first.replace(/\W+/gu, ' ').trim() === title.replace(/\W+/gu, ' ').trim()) {
      paragraphs = paragraphs.slice(1);
    } else if (title === '' && isHeadline(first) && paragraphs.length > 1) {
      title = first;
      paragraphs = paragraphs.slice(1);
    } else {
      const lead = stripTagline(first);
      paragraphs = [lead, ...paragraphs.slice(1)];
      if (title === '') title = titleFromSentence(lead);
    }
  }
  // Lines that only say when the page was published ("By Orla Geraghty | 7 November 2025", "March 18, 2025 at 11:02
  // AM", "Updated on …") date the text and are not part of it; the first gives the date.
  const top = paragraphs.slice(0, 3).map((p) => publicationDate(p));
  const printed = top.find((d) => d !== null) ?? null;
  if (printed) paragraphs = paragraphs.filter((_, k) => k >= 3 || top[k] === null);
  // Sub-headlines between paragraphs that repeat another article's title are teasers, not text
  // ("Pentagon chief Lloyd Austin presses hard for Ukraine, but in silence").
  // An interviewer's question ("Did she give you that?") and a transcript's list of participants are text.
  paragraphs = paragraphs.filter((p, i) => i === 0 || !isHeadline(p) || /[“"«]/u.test(p) || isFurnitureLine(p) ||
    /\?$/u.test(p) && /\b(?:you|your)\b/iu.test(p) || /^[QA](?:\s*\([^)]{1,40}\))?\s*:\s/u.test(p) || /^(?:participants|attendees|present|speakers|panel(?:ists)?)\s*:/iu.test(p));
  const published = validDate(raw.published) ?? header.published ?? dateline?.date ?? printed;
  return {
    file: raw.file,
    url: raw.url ?? header.fields.url ?? null,
    title,
    published,
    dateline: published ? null : dateline?.partial ?? null,
    outlet: raw.outlet?.trim() || header.fields.outlet || header.fields.source || findOutlet(lines),
    paragraphs,
    contentHash: contentHash(paragraphs),
  };
}
