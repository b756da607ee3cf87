// Loads what the linker compares a new batch with: persons sharing a name key, stories sharing people or dates.
import type { KnownPerson, KnownState, KnownStory } from '../core/corpus/link-types.js';
import { storyKeys } from '../core/corpus/analyse-corpus.js';
import type { ArticleAnalysis } from '../core/types.js';
import { nameKeys } from './name-keys.js';
import type { SqlHandle } from './sql.js';

/** Every name the batch uses for a person: people, aliases, contact participants, person speakers. */
function batchNames(batch: readonly ArticleAnalysis[]): string[] {
  const names = new Set<string>();
  for (const a of batch) {
    for (const p of a.people) [p.name, ...p.aliases].forEach((n) => names.add(n));
    for (const c of a.contacts) c.participants.forEach((n) => names.add(n));
    for (const q of a.quotes) if (q.speakerKind === 'person') names.add(q.speaker);
  }
  return [...names];
}

/** Event and publication dates of the batch, each widened to ±3 days and its month: the dates a story may carry. */
function batchDates(batch: readonly ArticleAnalysis[]): string[] {
  const out = new Set<string>();
  for (const a of batch) {
    for (const d of [a.eventDate, a.article.published, ...a.contacts.map((c) => c.date)]) {
      if (!d) continue;
      out.add(d.slice(0, 7));
      if (d.length !== 10) continue;
      const t = Date.parse(`${d}T00:00:00Z`);
      if (Number.isNaN(t)) continue;
      for (let k = -3; k <= 3; k++) out.add(new Date(t + k * 86_400_000).toISOString().slice(0, 10));
    }
  }
  return [...out];
}

/** Stories an article without a lead contact is compared with by text: the most recently updated ones. */
const RECENT_STORIES = 200;

export async function loadKnownState(db: SqlHandle, tenant: string, batch: readonly ArticleAnalysis[]): Promise<KnownState> {
  const keys = batchNames(batch).map(nameKeys);
  const persons = await db.query<KnownPerson>(
    `SELECT p.id, p.name, p.role, p.aliases FROM persons p
     WHERE p.id IN (SELECT person_id FROM person_names WHERE key = ANY($1::text[])) OR p.surname_key = ANY($2::text[])
     LIMIT 5000`,
    [[...new Set(keys.map((k) => k.key))], [...new Set(keys.map((k) => k.surnameKey).filter((k) => k !== ''))]],
  );
  const leadKeys = [...new Set(batch.flatMap((a) => storyKeys(a)))];
  const withoutLead = batch.some((a) => storyKeys(a).length === 0);
  // Only stories the tenant can see: the linker must not join (or reveal) another workspace's coverage.
  const stories = await db.query<KnownStory>(
    `SELECT s.id, s.title, s.date, s.date_inferred AS "dateInferred", s.participants, s.keywords, v.n AS "articleCount"
     FROM stories s
     CROSS JOIN LATERAL (SELECT count(*)::int AS n FROM articles a WHERE a.story_id = s.id AND a.tenant IN ('', $1)) v
     WHERE s.id IN (
         SELECT id FROM stories WHERE participant_keys && $2::text[] OR date = ANY($3::text[])
         UNION
         SELECT id FROM (SELECT id FROM stories WHERE $4 ORDER BY last_ingested_at DESC LIMIT ${RECENT_STORIES}) r)
       AND (s.tenant = '' OR s.tenant = $1) AND v.n > 0
     LIMIT 2000`,
    [tenant, leadKeys, batchDates(batch), withoutLead],
  );
  return { persons: persons.rows, stories: stories.rows };
}
