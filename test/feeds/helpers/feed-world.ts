// The feed tests' world: a fixture server with every feed and page route, services over a real store, /feeds runs.
import type { Answer } from '../../../src/core/answer.js';
import type { Caller } from '../../../src/core/command.js';
import { parseCommandText } from '../../../src/core/command-options.js';
import type { FeedService } from '../../../src/core/feeds/feed-service.js';
import type { Knowledge } from '../../../src/core/knowledge.js';
import { createFeedService, type FeedServiceOptions } from '../../../src/feeds/feed-service.js';
import type { Resolver } from '../../../src/feeds/safe-fetch.js';
import type { SqlHandle } from '../../../src/store/sql.js';
import feedsCommand from '../../../commands/feeds.js';
import { fixture } from './fixtures.js';
import { redirectTo, serveDocument, serveHuge, serveStalled, startFixtureServer, type FixtureServer } from './fixture-server.js';

export interface FeedWorld {
  server: FixtureServer;
  /** Which version of the Harbor Daily feed the server gives: 1, then 2 with one new story. */
  harborVersion: 1 | 2;
  /** When set, /bad/malformed.rss serves this instead (a feed that was fixed). */
  malformedOverride: string | null;
}

export async function startFeedWorld(): Promise<FeedWorld> {
  const server = await startFixtureServer();
  const base = `http://127.0.0.1:${server.port}`;
  const world: FeedWorld = { server, harborVersion: 1, malformedOverride: null };
  server.route('/feeds/harbor.rss', (req, res) => {
    const v = world.harborVersion;
    const file = v === 1 ? 'harbor-daily.rss.xml' : 'harbor-daily-updated.rss.xml';
    serveDocument(fixture(file, base), 'application/rss+xml; charset=utf-8', { etag: `"harbor-v${v}"` })(req, res);
  });
  // Another site running the same wire copy of the defence-call story under its own guid and URL.
  const wireCopy = fixture('harbor-daily.rss.xml', base)
    .replace('<title>Harbor Daily &#8211; World</title>', '<title>Coastal Times</title>')
    .replace('harbordaily-2024-0312-defence', 'coastal-88121')
    .replace(`${base}/world/dutch-canadian-defence-call?utm_source=rss&amp;utm_medium=feed`, 'https://coastaltimes.example/news/88121-air-defence-call');
  server.route('/feeds/wire-copy.rss', serveDocument(wireCopy, 'application/rss+xml'));
  server.route('/feeds/northern.atom', serveDocument(fixture('northern-wire.atom.xml', base), 'application/atom+xml', { lastModified: 'Fri, 15 Mar 2024 02:00:00 GMT' }));
  const html = (name: string) => serveDocument(fixture(name, base), 'text/html; charset=utf-8');
  server.route('/africa/kenya-ethiopia-call/', html('kenya-ethiopia-call.html'));
  server.route('/africa/kenya-ethiopia-call', html('kenya-ethiopia-call.html'));
  server.route('/americas/chile-argentina-fishing-call', html('chile-argentina-fishing-call.html'));
  server.route('/asia/japan-korea-chip-call', html('japan-korea-chip-call.html'));
  server.route('/bad/malformed.rss', (req, res) =>
    serveDocument(world.malformedOverride ?? fixture('malformed.rss.xml', base), 'application/rss+xml')(req, res),
  );
  server.route('/bad/homepage', html('not-a-feed.html'));
  server.route('/bad/huge.rss', serveHuge(30));
  server.route('/bad/loop-a', redirectTo('/bad/loop-b'));
  server.route('/bad/loop-b', redirectTo('/bad/loop-a'));
  server.route('/bad/slow.rss', serveStalled());
  server.route('/bad/to-intranet', redirectTo('http://intranet.example/internal/feed.rss'));
  return world;
}

/** A resolver for made-up names; nothing in the tests reaches real DNS, and 10.0.0.1 is never connected to. */
export function fakeDns(table: Record<string, string>): Resolver {
  return async (host) => {
    const address = table[host];
    if (!address) throw new Error(`ENOTFOUND ${host}`);
    return [{ address, family: address.includes(':') ? 6 : 4 }];
  };
}

/** The service as tests use it: private addresses allowed (the fixture server is on 127.0.0.1), short timeout. */
export function localFeedService(db: SqlHandle, extra: FeedServiceOptions = {}) {
  return createFeedService(db, { fetchOptions: { allowPrivate: true, timeoutMs: 1500 }, ...extra });
}

export function caller(tenant: string, canManage = true): Caller {
  return { platform: 'terminal', userId: 'U-tester', tenant, channelId: 'C1', canManage };
}

/** Runs a /feeds text command line the way adapters do: parsed by the schema, then run. */
export async function runFeeds(text: string, opts: { service: FeedService; caller: Caller; now?: Date; knowledge?: Knowledge }): Promise<Answer> {
  const parsed = parseCommandText(feedsCommand, text);
  if (!parsed.ok) throw new Error(parsed.message);
  return feedsCommand.run(
    {
      knowledge: opts.knowledge ?? ({} as Knowledge),
      caller: opts.caller,
      now: opts.now ?? new Date(),
      commands: [feedsCommand],
      services: { feeds: opts.service },
    },
    parsed.args as never,
  );
}

/** All the text of an answer, for assertions about what a user reads. */
export function answerText(a: Answer): string {
  return [a.title, a.summary ?? '', ...a.sections.flatMap((s) => [s.heading ?? '', ...s.lines.flatMap((l) => [l.text, ...(l.notes ?? [])])])].join('\n');
}

export async function tenantArticles(db: SqlHandle, tenant: string) {
  const r = await db.query<{ url: string; title: string; outlet: string; published: string | null }>(
    'SELECT url, title, outlet, published::text AS published FROM articles WHERE tenant = $1 ORDER BY url',
    [tenant],
  );
  return r.rows;
}
