// `readout ingest <url|file|dir>...`: article files, article URLs and feed URLs into the store, same path as /feeds.
import { SHARED_TENANT } from '../core/knowledge.js';
import type { RawArticle } from '../core/types.js';
import { decodeBody } from '../feeds/decode-body.js';
import { describeError } from '../feeds/fetch-error.js';
import { fetchArticle, itemArticle } from '../feeds/item-article.js';
import { parseFeed } from '../feeds/parse-feed.js';
import { FEED_ACCEPT } from '../feeds/poll-feed.js';
import { createSafeFetch, type SafeFetch } from '../feeds/safe-fetch.js';
import { ingestArticles } from '../ingest/ingest.js';
import { readArticleFiles } from '../ingest/read-article-files.js';
import type { SqlHandle } from '../store/sql.js';

export interface IngestCliDeps {
  /** The store to write to; default the app from the environment (.env, READOUT_DATA_DIR / DATABASE_URL). */
  open?: () => Promise<{ db: SqlHandle; close(): Promise<void>; allowPrivate: boolean }>;
  fetch?: SafeFetch;
  out?: (line: string) => void;
  /** Progress and warnings. */
  err?: (line: string) => void;
}

const USAGE = 'Usage: readout ingest [--tenant ID] <url|file|dir>...\n  Files: .txt/.md articles; directories: every .txt/.md inside; URLs: an article page or an RSS/Atom feed.';

/** Runs the ingest; 0 when everything was read, 1 when something failed, 2 for bad usage. */
export async function ingestCli(argv: string[], deps: IngestCliDeps = {}): Promise<number> {
  const out = deps.out ?? ((l: string) => process.stdout.write(l + '\n'));
  const err = deps.err ?? ((l: string) => process.stderr.write(l + '\n'));
  let tenant = SHARED_TENANT;
  const targets: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--tenant') tenant = argv[++i] ?? '';
    else if (a.startsWith('--tenant=')) tenant = a.slice(9);
    else if (a === '--help' || a === '-h') return out(USAGE), 0;
    else targets.push(a);
  }
  if (targets.length === 0) return err(USAGE), 2;

  const store = await (deps.open ?? openFromEnv)();
  const fetch = deps.fetch ?? createSafeFetch({ allowPrivate: store.allowPrivate });
  const failed: { file: string; reason: string }[] = [];
  try {
    const urls = targets.filter((t) => /^https?:\/\//i.test(t));
    const paths = targets.filter((t) => !/^https?:\/\//i.test(t));
    const raws: RawArticle[] = paths.length ? await readArticleFiles(paths) : [];
    for (const [i, url] of urls.entries()) {
      if (urls.length > 3) err(`fetching ${i + 1}/${urls.length}: ${url}`);
      try {
        raws.push(...(await readUrl(fetch, url, err, failed)));
      } catch (e) {
        failed.push({ file: url, reason: describeError(e) });
      }
    }
    const long = raws.length > 50;
    const result = await ingestArticles(store.db, raws, {
      tenant,
      chunkSize: long ? 50 : undefined,
      onProgress: long ? (done, total) => err(`ingest: ${done}/${total} articles analysed`) : undefined,
    });
    failed.push(...result.failed);
    out(`Added ${result.added} article${result.added === 1 ? '' : 's'}, ${result.duplicates} already known, ${failed.length} failed.`);
    for (const f of failed) out(`  failed: ${f.file}: ${f.reason}`);
    return failed.length ? 1 : 0;
  } finally {
    await store.close();
  }
}

/** An article page, or every item of a feed (items with full text use it, others fetch their page). */
async function readUrl(fetch: SafeFetch, url: string, err: (l: string) => void, failed: { file: string; reason: string }[]): Promise<RawArticle[]> {
  const res = await fetch(url, { accept: `text/html;q=0.9, ${FEED_ACCEPT}` });
  if (res.kind !== 'ok') return [];
  const text = decodeBody(res.body, res.contentType);
  const looksLikeFeed = /xml|rss|atom/i.test(res.contentType ?? '') || /^\s*(<\?xml|<rss|<feed)/i.test(text.slice(0, 500));
  if (!looksLikeFeed) return [await fetchArticle(async () => res, res.url)];
  const feed = parseFeed(text, res.url);
  const raws: RawArticle[] = [];
  for (const [i, item] of feed.items.entries()) {
    if (feed.items.length > 5) err(`feed ${url}: item ${i + 1}/${feed.items.length}`);
    try {
      raws.push(await itemArticle(fetch, item, `${res.url}#${item.guid}`, feed.title ?? new URL(res.url).hostname));
    } catch (e) {
      failed.push({ file: item.link ?? item.guid, reason: describeError(e) });
    }
  }
  return raws;
}

async function openFromEnv() {
  const { appFromEnv } = await import('./app-from-env.js');
  const { app, env } = await appFromEnv({ quiet: true });
  return { db: app.db, close: () => app.close(), allowPrivate: env.READOUT_ALLOW_PRIVATE_FEEDS };
}
