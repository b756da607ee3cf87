-- Feeds a workspace added with /feeds, their polling state, and every item already seen (dedupe before fetching).

CREATE TABLE IF NOT EXISTS feeds (
  id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  -- The workspace/guild that added the feed: its articles are stored under this tenant and answered only there.
  tenant text NOT NULL,
  url text NOT NULL,
  -- Short name for /feeds remove and list (the feed's title unless the user gave one).
  name text NOT NULL,
  -- The channel title the feed itself gives: the outlet of its articles.
  title text,
  interval_minutes integer NOT NULL DEFAULT 15 CHECK (interval_minutes BETWEEN 1 AND 1440),
  etag text,
  last_modified text,
  added_by text,
  created_at timestamptz NOT NULL DEFAULT now(),
  last_poll_at timestamptz,
  last_success_at timestamptz,
  -- Success: last poll + interval. Failure: backoff that doubles with each consecutive failure.
  next_poll_at timestamptz NOT NULL DEFAULT now(),
  status text NOT NULL DEFAULT 'ok' CHECK (status IN ('ok', 'error', 'disabled')),
  last_error text,
  consecutive_failures integer NOT NULL DEFAULT 0,
  -- A poll in progress holds this lease, so a manual /feeds poll and the scheduler never fetch a feed together.
  polling_until timestamptz,
  CONSTRAINT feeds_tenant_url_key UNIQUE (tenant, url)
);
CREATE UNIQUE INDEX IF NOT EXISTS feeds_tenant_name_key ON feeds (tenant, lower(name));
CREATE INDEX IF NOT EXISTS feeds_due_idx ON feeds (next_poll_at) WHERE status <> 'disabled';

CREATE TABLE IF NOT EXISTS feed_items (
  feed_id integer NOT NULL REFERENCES feeds (id) ON DELETE CASCADE,
  guid text NOT NULL,
  -- Canonical article URL (no utm_*, fragment or trailing slash): the same story linked twice is fetched once.
  url text,
  title text NOT NULL DEFAULT '',
  -- added: a new article; duplicate: the store already had it; failed: retried up to 3 attempts; skipped: given up.
  state text NOT NULL CHECK (state IN ('added', 'duplicate', 'failed', 'skipped')),
  attempts integer NOT NULL DEFAULT 1,
  -- The article key (RawArticle.file) it was ingested under.
  article_file text,
  last_error text,
  first_seen_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (feed_id, guid)
);
CREATE INDEX IF NOT EXISTS feed_items_url_idx ON feed_items (url);
