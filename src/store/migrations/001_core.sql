-- Core knowledge: articles (with full-text search), canonical persons and their names, contacts, quotes, stories.
-- PostgreSQL 15 features only; the same file runs on PGlite. pg_trgm is created by openDatabase.

CREATE TABLE stories (
  id text PRIMARY KEY,
  -- The workspace whose article created it ('' = shared). Only its owner's batches change its title and date.
  tenant text NOT NULL DEFAULT '',
  title text NOT NULL,
  -- Event date: YYYY-MM-DD, or YYYY-MM when only the month is known.
  date text,
  date_inferred boolean NOT NULL DEFAULT false,
  participants text[] NOT NULL DEFAULT '{}',
  -- personKey() of each participant: how a new article's lead contact finds its candidate stories.
  participant_keys text[] NOT NULL DEFAULT '{}',
  keywords text[] NOT NULL DEFAULT '{}',
  first_ingested_at timestamptz NOT NULL DEFAULT now(),
  last_ingested_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX stories_date_idx ON stories (date DESC NULLS LAST);
CREATE INDEX stories_keywords_idx ON stories USING gin (keywords);
CREATE INDEX stories_participant_keys_idx ON stories USING gin (participant_keys);
CREATE INDEX stories_last_ingested_idx ON stories (last_ingested_at DESC);

CREATE TABLE articles (
  id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  -- '' = the shared corpus every workspace sees; otherwise the workspace whose feed brought it.
  tenant text NOT NULL DEFAULT '',
  -- Citation key: the file's basename or the URL.
  file text NOT NULL,
  url text,
  title text NOT NULL,
  outlet text,
  published date,
  event_date text,
  -- sha256 of the text as received: lets a re-ingest skip analysis entirely.
  raw_hash text NOT NULL,
  -- sha256 of the normalised body: the dedupe key across sources.
  content_hash text NOT NULL,
  raw text NOT NULL,
  body text NOT NULL,
  analysis jsonb NOT NULL,
  story_id text REFERENCES stories (id) ON DELETE SET NULL,
  ingested_at timestamptz NOT NULL DEFAULT now(),
  -- left(): a tsvector may not exceed 1 MB; the first 300,000 characters index any real article whole.
  search tsvector GENERATED ALWAYS AS (
    setweight(to_tsvector('english', title), 'A') || setweight(to_tsvector('english', left(body, 300000)), 'B')
  ) STORED,
  CONSTRAINT articles_tenant_hash_key UNIQUE (tenant, content_hash),
  CONSTRAINT articles_tenant_url_key UNIQUE (tenant, url)
);
CREATE INDEX articles_raw_hash_idx ON articles (raw_hash);
CREATE INDEX articles_story_idx ON articles (story_id);
CREATE INDEX articles_ingested_idx ON articles (ingested_at);
CREATE INDEX articles_search_idx ON articles USING gin (search);

CREATE TABLE persons (
  id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  name text NOT NULL,
  role text,
  -- The whole name folded (case, diacritics, transliteration): one row per key.
  name_key text NOT NULL UNIQUE,
  -- personKey(name), the folded surname: surname-only lookups ("Sullivan") and the linker's candidates.
  surname_key text NOT NULL,
  aliases text[] NOT NULL DEFAULT '{}'
);
CREATE INDEX persons_surname_idx ON persons (surname_key);

-- Every spelling a person is known by (name and aliases), folded, for exact and fuzzy lookups.
CREATE TABLE person_names (
  person_id integer NOT NULL REFERENCES persons (id) ON DELETE CASCADE,
  name text NOT NULL,
  -- Lower case without diacritics: what pg_trgm compares.
  folded text NOT NULL,
  -- Transliteration-insensitive key (Oleksii/Oleksiy): exact lookups.
  key text NOT NULL,
  PRIMARY KEY (person_id, folded)
);
CREATE INDEX person_names_key_idx ON person_names (key);
CREATE INDEX person_names_trgm_idx ON person_names USING gin (folded gin_trgm_ops);

-- Which articles name which persons: person visibility per tenant, and story people.
CREATE TABLE article_persons (
  article_id integer NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
  person_id integer NOT NULL REFERENCES persons (id) ON DELETE CASCADE,
  PRIMARY KEY (person_id, article_id)
);
CREATE INDEX article_persons_article_idx ON article_persons (article_id);

CREATE TABLE contacts (
  id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  article_id integer NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
  story_id text,
  -- In the order the evidence names them.
  participant_ids integer[] NOT NULL,
  -- Sorted and distinct: what "the same contact event" compares, and what the GIN index answers.
  participant_set integer[] NOT NULL,
  date text,
  date_inferred boolean NOT NULL DEFAULT false,
  mode text NOT NULL CHECK (mode IN ('phone', 'video', 'in-person', 'unknown')),
  initiator_id integer REFERENCES persons (id) ON DELETE SET NULL,
  duration text,
  tone text,
  unconfirmed boolean NOT NULL DEFAULT false,
  evidence text NOT NULL
);
CREATE INDEX contacts_participants_idx ON contacts USING gin (participant_set);
CREATE INDEX contacts_article_idx ON contacts (article_id);
CREATE INDEX contacts_story_idx ON contacts (story_id);
CREATE INDEX contacts_date_idx ON contacts (date DESC NULLS LAST);

CREATE TABLE quotes (
  id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  article_id integer NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
  story_id text,
  person_id integer REFERENCES persons (id) ON DELETE SET NULL,
  speaker text NOT NULL,
  speaker_kind text NOT NULL CHECK (speaker_kind IN ('person', 'organisation', 'unnamed')),
  text text NOT NULL,
  evidence text NOT NULL,
  -- Order inside the article, so quotes read as written.
  position integer NOT NULL DEFAULT 0,
  search tsvector GENERATED ALWAYS AS (to_tsvector('english', left(text, 100000))) STORED
);
CREATE INDEX quotes_person_idx ON quotes (person_id);
CREATE INDEX quotes_article_idx ON quotes (article_id);
CREATE INDEX quotes_search_idx ON quotes USING gin (search);
CREATE INDEX quotes_speaker_trgm_idx ON quotes USING gin (lower(speaker) gin_trgm_ops);
