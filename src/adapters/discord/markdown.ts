// Makes article text inert in Discord markdown: no formatting, links, headings, lists or mention syntax leak through.

// Characters Discord's markdown gives meaning anywhere in a line: emphasis, code, spoilers, masked links, mentions.
const INLINE = /[\\*_~`|<>[\]#]/g;
// Control characters (except newline) can break layouts; article text never needs them.
const CONTROL = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u200b-\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

/** Escapes plain text so it renders literally (a backslash before any punctuation is shown as that punctuation). */
export function escapeMarkdown(text: string): string {
  return text
    .replace(CONTROL, '')
    .replace(INLINE, '\\$&')
    .replace(/^(\s*)([-+])(\s)/gm, '$1\\$2$3') // "- item" list markers
    .replace(/^(\s*)(\d+)\.(\s)/gm, '$1$2\\.$3'); // "1. item"
}

/**
 * Cuts text to `max` characters with an ellipsis, never leaving a dangling escape backslash at the cut
 * (it would escape the ellipsis and show a stray "\").
 */
export function fit(text: string, max: number): string {
  if (text.length <= max) return text;
  let cut = text.slice(0, Math.max(0, max - 1));
  // Don't split a UTF-16 surrogate pair.
  if (/[\ud800-\udbff]$/.test(cut)) cut = cut.slice(0, -1);
  const trailing = /\\+$/.exec(cut)?.[0].length ?? 0;
  if (trailing % 2 === 1) cut = cut.slice(0, -1);
  return cut + '…';
}

/** Only http(s) URLs become links; characters that would end a masked link are percent-encoded. */
export function safeUrl(url: string | null): string | null {
  if (!url) return null;
  try {
    const u = new URL(url);
    if (u.protocol !== 'http:' && u.protocol !== 'https:') return null;
    return u.href.replace(/[()\s<>]/g, (c) => '%' + c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0'));
  } catch {
    return null;
  }
}
