// Page furniture: lines a web page puts around an article (banners, teasers, credits, buttons) that are not its text.
// Every rule is about the layout of such lines, never about a particular site.

const BYLINE_NAME = "[\\p{Lu}][\\p{L}.'-]+(?: [\\p{Lu}][\\p{L}.'-]+){1,3}";

/** Whole lines that are navigation, buttons or labels. */
const BUTTON_LINE = new RegExp(
  '^(?:back to top(?: button)?|change location while loading article actions|follow(?: us)?:?|updated:?|published:?|' +
    'share(?: this(?: article| story)?)?:?|advertisement|skip to (?:main )?content|print|email|comments?|' +
    'listen to (?:this )?article|loading\\.*|close|menu|search|log ?in|sign ?in|' +
    // A byline of one to four writers: "By Jane Doe", "By Lisandra Paraguassu and Monica Machicao".
    '(?:updated|published|posted)(?: on| at)?:? .{0,40}\\d.{0,20}|by ' + BYLINE_NAME + '(?:(?:, | and )' + BYLINE_NAME + '){0,3})$',
  'iu',
);

/** Donation and subscription banners: "Support The Moscow Times!", "Contribute today", "Subscribe now". */
const BANNER_SHORT = /^(?:support|contribute|donate|subscribe|sign up|become a (?:member|subscriber)|join us)\b(?:.{0,60}!|(?:\s+\S+){0,2})$/iu;
const BANNER_PLEA = /\b(?:support (?:independent|our|us)|independent (?:journalism|reporting)|donate now|subscribe to our)\b/iu;

/** A short line without quotation marks that asks the reader for money or a subscription. */
function isBanner(p: string): boolean {
  if (wordCount(p) > 20 || /[“”"«»]/.test(p)) return false;
  return BANNER_SHORT.test(p) || BANNER_PLEA.test(p);
}

/** Markers after which a page lists teasers of other articles. */
const READ_MORE = /^(?:read more|keep reading|more (?:on|about) this(?: story| topic)?|related(?: articles| stories| coverage)?|see also|also read|you may also like|recommended|most read|more stories|read next|trending)(?:\s*(?:about)?\s*:.*)?$/iu;

/** Tag lines: "Read more about: Ukraine war", "Read More About: World News", "Tags: ...", "Topics: ...". */
const TAG_LINE = /^(?:read more about|tags|topics|filed under|more about)\s*:/iu;

/** Wire-desk codes: "burs-sct/bfm/llu/yow/rpr/mvv", "dk/jm". */
const DESK_CODE = /(?:^|\s)[a-z]{2,6}(?:-[a-z]{2,6})?(?:\/[a-z]{2,6}){1,}\s*$/;

/** Photo credits: "Grigory Sysoyev / POOL / TASS", "Photo: AFP", "(Photo by Jane Doe/Getty Images)". */
const CREDIT_TAIL = /(?:^|[.\s])[\p{Lu}][\p{L}.'-]*(?: [\p{Lu}][\p{L}.'-]*)* ?\/ ?(?:[\p{Lu}][\p{Lu}\p{L} .-]*)(?: ?\/ ?[\p{Lu}][\p{L} .-]*)*\)?\s*$/u;
const CREDIT_LINE = /^\(?(?:photo|image|picture|photograph|credit|illustration|video)s?(?: by)?\s*[:/]|^\(?photo by\b/iu;
const AGENCY_WORD = /\b(?:POOL|TASS|AFP|AP|Reuters|EPA|Getty(?: Images)?|Sputnik|RIA Novosti|Anadolu|Xinhua|Shutterstock|Bloomberg)\b/u;

/** Reporting credits: "AFP contributed reporting.", "Additional reporting by ...", "Editing by ...". */
const REPORTING_CREDIT = /^\(?(?:[\p{Lu}][\p{L}.&' -]{0,60} contributed(?: to this)?(?: reporting| report)|(?:additional )?reporting by|writing by|editing by|compiled by|with (?:reporting|additional reporting) (?:by|from))\b.{0,200}$/iu;

/** A line that says where the text comes from: "Source: Washington Post". */
export const SOURCE_LINE = /^(?:source|via|originally published (?:by|in|at))\s*:?\s*(.{2,60}?)\.?$/iu;

/** True when a paragraph is only punctuation or symbols ("\\", ".", "—"). */
const LONE_PUNCT = /^[^\p{L}\p{N}]*$/u;

/** True for a short kicker or headline line of a teaser list ("dwindling support", "Russians Scramble for Visas"). */
function isTeaserLine(p: string): boolean {
  const words = wordCount(p);
  if (/^[\p{Ll}]/u.test(p) && words <= 6 && !/[.!?”"]$/u.test(p)) return true;
  return words <= 18 && !/[.!?:”"’]$/u.test(p);
}

/** Words in a line, counted without allocating. */
export function wordCount(p: string): number {
  let n = 0;
  let inWord = false;
  for (let i = 0; i < p.length; i++) {
    const space = p.charCodeAt(i) <= 32;
    if (!space && !inWord) n++;
    inWord = !space;
  }
  return n;
}

/**
 * The lower-case ASCII letter a line starts with (after one "(" when `paren`), or "" for anything else. The
 * case-insensitive Unicode regexes are slow, so each runs only when its first letter fits. "ſ" and the Kelvin sign
 * fold to "s" and "k" under /iu: a line holding either takes every regex (`FOLDS`).
 */
function firstLetter(p: string, paren: boolean): string {
  let c = p.charCodeAt(0);
  if (paren && c === 40) c = p.charCodeAt(1);
  if (c >= 65 && c <= 90) c += 32;
  return c >= 97 && c <= 122 ? String.fromCharCode(c) : '';
}
const FOLDS = /[\u017f\u212a]/;

/** The first words BUTTON_LINE's alternatives start with, as the run of ASCII letters opening a lower-cased line. */
const BUTTON_FIRST = new Set(['back', 'change', 'follow', 'updated', 'published', 'posted', 'share', 'advertisement',
  'skip', 'print', 'email', 'comment', 'comments', 'listen', 'loading', 'close', 'menu', 'search', 'log', 'login',
  'sign', 'signin', 'by']);
function firstWord(lower: string): string {
  let i = 0;
  while (i < lower.length && lower.charCodeAt(i) >= 97 && lower.charCodeAt(i) <= 122) i++;
  return lower.slice(0, i);
}

export function isFurnitureLine(p: string): boolean {
  // Furniture lines are short; a long paragraph is text (this also keeps the regexes off long lines).
  if (p.length > 240 || wordCount(p) > 24) return false;
  if (FOLDS.test(p)) return furnitureSlow(p);
  const f = firstLetter(p, false);
  const fp = firstLetter(p, true);
  const lower = p.toLowerCase();
  return LONE_PUNCT.test(p) || 'bcfupsaelm'.includes(f) && f !== '' && BUTTON_FIRST.has(firstWord(lower)) && BUTTON_LINE.test(p) ||
    (lower.includes('support') || lower.includes('independ') || lower.includes('donate') || lower.includes('subscribe') || 'scdbj'.includes(f) && f !== '') && isBanner(p) ||
    (lower.includes('contributed') || lower.includes(' by') || lower.includes('reporting')) && REPORTING_CREDIT.test(p) ||
    'svo'.includes(f) && f !== '' && SOURCE_LINE.test(p) || p.includes('/') && DESK_CODE.test(p) && wordCount(p) <= 2 ||
    p.includes(':') && TAG_LINE.test(p) || 'pivc'.includes(fp) && fp !== '' && CREDIT_LINE.test(p) ||
    (p.includes('/') && CREDIT_TAIL.test(p) && AGENCY_WORD.test(p));
}

/** isFurnitureLine without the first-letter gates. */
function furnitureSlow(p: string): boolean {
  return LONE_PUNCT.test(p) || BUTTON_LINE.test(p) || isBanner(p) || REPORTING_CREDIT.test(p) ||
    SOURCE_LINE.test(p) || DESK_CODE.test(p) && wordCount(p) <= 2 || TAG_LINE.test(p) ||
    CREDIT_LINE.test(p) || (CREDIT_TAIL.test(p) && AGENCY_WORD.test(p) && p.includes('/'));
}

/**
 * Drop furniture paragraphs. A "Read more"-style marker ends the article when what follows looks like a teaser list
 * (short headline and kicker lines); otherwise only the marker goes ("Keep reading" inside the text).
 */
export function removeFurniture(paragraphs: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < paragraphs.length; i++) {
    const raw = paragraphs[i] ?? '';
    const p = (raw.includes('/') ? raw.replace(DESK_CODE, (m) => (m.includes('/') ? '' : m)) : raw).trim();
    if (p.includes(':') && TAG_LINE.test(p)) break;
    if ((FOLDS.test(p) || 'rkmsayt'.includes(firstLetter(p, false)) && firstLetter(p, false) !== '') && READ_MORE.test(p)) {
      const rest = paragraphs.slice(i + 1).map((x) => x.trim()).filter(Boolean);
      const teasers = rest.filter(isTeaserLine).length;
      if (rest.length === 0 || teasers * 3 >= rest.length) break;
      continue;
    }
    if (p === '' || isFurnitureLine(p)) continue;
    // Only a space or closing mark before the final period can change the line ("word ." / "?”.").
    const b = p.charCodeAt(p.length - 2);
    const tidy = p.endsWith('.') && (b <= 32 || b === 0xa0 || b >= 0x1680 || b === 46 || b === 33 || b === 63 || b === 34);
    out.push(tidy ? p.replace(/\s+\.$/u, '.').replace(/([.!?”"’])\s*\.$/u, '$1') : p);
  }
  return out;
}
