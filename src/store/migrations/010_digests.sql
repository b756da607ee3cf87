-- Digest subscriptions, the delivery ledger (one row per subscription and period), and the runs table of the cron coordinator.

CREATE TABLE IF NOT EXISTS digest_subscriptions (
  id BIGSERIAL PRIMARY KEY,
  platform TEXT NOT NULL,
  tenant TEXT NOT NULL,
  channel_id TEXT NOT NULL,
  creator TEXT NOT NULL,
  -- '' = everything; else the person or words the digest is narrowed to.
  about TEXT NOT NULL DEFAULT '',
  send_time TEXT NOT NULL,
  timezone TEXT NOT NULL,
  every TEXT NOT NULL CHECK (every IN ('day', 'weekday', 'week')),
  skip_empty BOOLEAN NOT NULL DEFAULT FALSE,
  paused BOOLEAN NOT NULL DEFAULT FALSE,
  pause_reason TEXT,
  -- The next scheduled send not yet written to the ledger; the per-minute tick reads only rows due by now.
  next_due_at TIMESTAMPTZ NOT NULL,
  created_at TIMESTAMPTZ NOT NULL,
  updated_at TIMESTAMPTZ NOT NULL,
  UNIQUE (platform, tenant, channel_id, about)
);
CREATE INDEX IF NOT EXISTS digest_subscriptions_due ON digest_subscriptions (next_due_at) WHERE NOT paused;
CREATE INDEX IF NOT EXISTS digest_subscriptions_tenant ON digest_subscriptions (platform, tenant);

-- due → claimed → sent | failed | skipped. The primary key is what makes a digest go out once per period.
CREATE TABLE IF NOT EXISTS digest_deliveries (
  subscription_id BIGINT NOT NULL REFERENCES digest_subscriptions (id) ON DELETE CASCADE,
  -- The subscription's platform, copied so a claim reads only this table (replicas without a Slack poster skip Slack).
  platform TEXT NOT NULL,
  -- The civil date of the scheduled send in the subscription's zone.
  period_key TEXT NOT NULL,
  period_from TIMESTAMPTZ NOT NULL,
  scheduled_at TIMESTAMPTZ NOT NULL,
  state TEXT NOT NULL CHECK (state IN ('due', 'claimed', 'sent', 'failed', 'skipped')),
  attempts INTEGER NOT NULL DEFAULT 0,
  -- Claim token of the replica sending it; a finished send only counts when the token still matches.
  claimed_by TEXT,
  lease_until TIMESTAMPTZ,
  -- Failed with a retry time = will be retried; failed without = given up.
  retry_at TIMESTAMPTZ,
  late BOOLEAN NOT NULL DEFAULT FALSE,
  story_count INTEGER,
  message_ids TEXT,
  reason TEXT,
  updated_at TIMESTAMPTZ NOT NULL,
  PRIMARY KEY (subscription_id, period_key)
);
CREATE INDEX IF NOT EXISTS digest_deliveries_open ON digest_deliveries (scheduled_at, subscription_id) WHERE state IN ('due', 'claimed', 'failed');

-- node-cron's distributed runs: one row per task and scheduled time; the replica whose INSERT wins runs it.
CREATE TABLE IF NOT EXISTS schedule_runs (
  key TEXT PRIMARY KEY,
  owner TEXT NOT NULL,
  lease_until TIMESTAMPTZ NOT NULL,
  completed_at TIMESTAMPTZ,
  created_at TIMESTAMPTZ NOT NULL
);
CREATE INDEX IF NOT EXISTS schedule_runs_created ON schedule_runs (created_at);
