// Feed and article URLs from users: validated with zod, and reduced to a canonical form for dedupe.
import { z } from 'zod';

export const MAX_URL_LENGTH = 2048;

/** An absolute http(s) URL without credentials; the WHATWG parser normalises 2130706433 and 0177.0.0.1 forms. */
export const httpUrlSchema = z
  .string()
  .trim()
  .min(1, 'a URL is required')
  .max(MAX_URL_LENGTH, `URLs are at most ${MAX_URL_LENGTH} characters`)
  .transform((text, ctx) => {
    let url: URL;
    try {
      url = new URL(text);
    } catch {
      ctx.addIssue({ code: 'custom', message: `"${text.slice(0, 80)}" is not a URL (it should start with https://)` });
      return z.NEVER;
    }
    if (url.protocol !== 'http:' && url.protocol !== 'https:') {
      ctx.addIssue({ code: 'custom', message: `only http and https URLs are allowed, not ${url.protocol.replace(':', '')}` });
      return z.NEVER;
    }
    // Credentials in a feed URL would be stored and shown in /feeds list.
    if (url.username || url.password) {
      ctx.addIssue({ code: 'custom', message: 'URLs with a user name or password are not allowed' });
      return z.NEVER;
    }
    if (!url.hostname) {
      ctx.addIssue({ code: 'custom', message: 'the URL has no host' });
      return z.NEVER;
    }
    return url;
  });

export type UrlCheck = { ok: true; url: URL } | { ok: false; message: string };

export function checkHttpUrl(text: string): UrlCheck {
  const r = httpUrlSchema.safeParse(text);
  return r.success ? { ok: true, url: r.data } : { ok: false, message: r.error.issues[0]?.message ?? 'invalid URL' };
}

/**
 * The same article linked from several feeds or with tracking tags is one URL: lower-case host, no fragment,
 * no utm_* / fbclid / gclid parameters, no default port, no trailing slash on the path.
 */
export function canonicalUrl(input: string | URL): string {
  const url = new URL(String(input));
  url.hash = '';
  for (const key of [...url.searchParams.keys()]) {
    if (/^(utm_|mc_)/i.test(key) || /^(fbclid|gclid|dclid|msclkid|ocid|cmpid)$/i.test(key)) url.searchParams.delete(key);
  }
  url.searchParams.sort();
  let path = url.pathname;
  if (path.length > 1 && path.endsWith('/')) path = path.replace(/\/+$/, '') || '/';
  url.pathname = path;
  const text = url.toString();
  // URL keeps a lone "?" when every parameter was removed.
  return text.endsWith('?') ? text.slice(0, -1) : text;
}
