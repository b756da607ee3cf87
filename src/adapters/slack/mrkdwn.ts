// Makes any text safe inside Slack mrkdwn: no mention, link, broadcast or formatting can come from article text.

/**
 * Slack has no backslash escape for `*_~\``; zero-width spaces around them even FORCE formatting. Look-alike
 * characters keep "*bold*" in an article from turning bold while reading the same to a person.
 */
const LOOKALIKE: Record<string, string> = { '*': '\u2217', _: '\u02CD', '~': '\u223C', '`': '\u02CB' };

/**
 * Escapes text for a mrkdwn field. `&`, `<`, `>` become entities (Slack's own rule), so `<!channel>`, `<@U123>`
 * and `<https://x|y>` stay literal. A formatting mark becomes a look-alike unless it stands inside a word
 * ("max_items", "5*3"), where Slack never formats. Line breaks collapse unless `multiline`; then a line that
 * would start with `&gt;` (which Slack still reads as a block quote) gets an invisible soft hyphen first.
 */
export function escapeMrkdwn(text: string, opts: { multiline?: boolean } = {}): string {
  const flat = opts.multiline
    ? text.replace(/[^\S\n]+/g, ' ').replace(/ *\n */g, '\n').trim()
    : text.replace(/\s+/g, ' ').trim();
  const escaped = flat
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/[*_~`]/g, (c, i: number, all: string) =>
      /[\p{L}\p{N}]/u.test(all[i - 1] ?? '') && /[\p{L}\p{N}]/u.test(all[i + 1] ?? '') ? c : (LOOKALIKE[c] ?? c),
    );
  return opts.multiline ? escaped.replace(/^&gt;/gm, '\u00AD&gt;') : escaped;
}

/** Cuts already-escaped mrkdwn to `max` characters without splitting an entity or a surrogate pair. */
export function truncateMrkdwn(text: string, max: number): string {
  if (text.length <= max) return text;
  let cut = text.slice(0, Math.max(0, max - 1));
  cut = cut.replace(/&[a-z]{0,4}$/, '');
  if (/[\uD800-\uDBFF]$/.test(cut)) cut = cut.slice(0, -1);
  return cut + '…';
}

/** Plain text (header blocks) is not parsed by Slack; it only needs to fit. */
export function truncatePlain(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  let cut = flat.slice(0, max - 1);
  if (/[\uD800-\uDBFF]$/.test(cut)) cut = cut.slice(0, -1);
  return cut + '…';
}

/** A link whose label is escaped; the URL is used only when it cannot break out of `<url|label>`. */
export function mrkdwnLink(url: string | null, label: string): string {
  const safeLabel = escapeMrkdwn(label).replace(/\|/g, '¦');
  if (!url || url.length > 1500 || !/^https?:\/\/[^\s<>|]+$/i.test(url)) return safeLabel;
  return `<${url.replace(/&/g, '&amp;')}|${safeLabel}>`;
}
