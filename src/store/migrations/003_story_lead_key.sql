-- The linker matches a new article to the stories of its lead pair (storyKeys()): one indexed key per story,
-- so a batch loads only those stories instead of every story sharing any one surname (thousands at 20,000 articles).
ALTER TABLE stories ADD COLUMN lead_key text NOT NULL DEFAULT '';
UPDATE stories SET lead_key = coalesce((SELECT string_agg(k, '|' ORDER BY k) FROM (SELECT DISTINCT unnest(participant_keys) AS k) x), '');
CREATE INDEX stories_lead_key_idx ON stories (lead_key);
DROP INDEX IF EXISTS stories_participant_keys_idx;
