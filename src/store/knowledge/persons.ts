// Person lookups: exact by folded key or surname, then fuzzy with pg_trgm; only persons a tenant's articles name.
import type { PersonLookup, PersonSummary, Tenant } from '../../core/knowledge.js';
import { MAX_NAME_LENGTH, nameKeys } from '../name-keys.js';
import type { SqlHandle } from '../sql.js';
import { cleanText } from './input.js';

/** A person is visible to a tenant when a shared article or one of the tenant's own names them. */
export const VISIBLE_PERSON = `(p.shared OR EXISTS (SELECT 1 FROM article_persons ap WHERE ap.person_id = p.id AND ap.tenant = $1))`;

const SUMMARY = 'p.id, p.name, p.role, p.aliases';

/** Fuzzy matches at or above this score count as the person meant; below it they are only suggestions. */
const FOUND_SCORE = 0.5;
/** A fuzzy winner must lead the runner-up by this much, else the answer is "which one?". */
const FOUND_MARGIN = 0.15;

type Scored = PersonSummary & { score: number };

export async function findPerson(db: SqlHandle, tenant: Tenant, query: string): Promise<PersonLookup> {
  const keys = nameKeys(cleanText(query, MAX_NAME_LENGTH));
  if (keys.key === '') return { kind: 'unknown', suggestions: [] };
  const exact = await exactMatches(db, tenant, keys.key, keys.key.includes(' ') ? null : keys.key);
  if (exact.length > 0) return decideExact(exact, keys.key.includes(' '));
  return fuzzyMatches(db, tenant, keys.folded);
}

/** Persons whose name or alias has this key, or (single-word queries) whose surname has it. */
async function exactMatches(db: SqlHandle, tenant: string, key: string, surname: string | null) {
  const r = await db.query<PersonSummary & { is_full: boolean; mentions: number }>(
    `SELECT ${SUMMARY}, p.name_key = $2 AS is_full,
            (SELECT count(*)::int FROM article_persons x WHERE x.person_id = p.id) AS mentions
     FROM persons p
     WHERE (p.name_key = $2 OR p.id IN (SELECT person_id FROM person_names WHERE key = $2)
            OR ($3::text IS NOT NULL AND p.surname_key = $3))
       AND ${VISIBLE_PERSON}
     ORDER BY is_full DESC, mentions DESC, p.name
     LIMIT 20`,
    [tenant, key, surname],
  );
  return r.rows;
}

function decideExact(rows: (PersonSummary & { is_full: boolean })[], multiWord: boolean): PersonLookup {
  const full = rows.find((r) => r.is_full);
  if (full && multiWord) return { kind: 'found', person: summary(full) };
  // A one-word "person" beside full names sharing that surname is a surname mention the extractor left unlinked.
  const named = rows.filter((r) => r.name.trim().includes(' '));
  const pool = named.length > 0 ? named : rows;
  const first = pool[0];
  if (pool.length === 1 && first) return { kind: 'found', person: summary(first) };
  return { kind: 'ambiguous', candidates: pool.slice(0, 10).map(summary) };
}

/**
 * pg_trgm candidates through the GIN index. The thresholds are lowered for this statement only, so one query
 * yields both the match and, failing one, the nearest names to suggest.
 */
async function fuzzyMatches(db: SqlHandle, tenant: string, folded: string): Promise<PersonLookup> {
  const rows = await db.transaction(async (tx) => {
    await tx.query(`SELECT set_config('pg_trgm.similarity_threshold', '0.2', true),
                           set_config('pg_trgm.word_similarity_threshold', '0.3', true)`);
    const r = await tx.query<Scored>(
      `SELECT ${SUMMARY}, max(greatest(similarity(n.folded, $2), word_similarity($2, n.folded)))::float8 AS score
       FROM person_names n JOIN persons p ON p.id = n.person_id
       WHERE (n.folded % $2 OR $2 <% n.folded) AND ${VISIBLE_PERSON}
       GROUP BY p.id
       ORDER BY score DESC, p.name
       LIMIT 10`,
      [tenant, folded],
    );
    return r.rows;
  });
  const [best, second] = rows;
  if (best && best.score >= FOUND_SCORE && (!second || second.score <= best.score - FOUND_MARGIN)) {
    return { kind: 'found', person: summary(best) };
  }
  const close = rows.filter((x) => x.score >= FOUND_SCORE && best !== undefined && x.score > best.score - FOUND_MARGIN);
  if (close.length > 1) return { kind: 'ambiguous', candidates: close.map(summary) };
  return { kind: 'unknown', suggestions: rows.slice(0, 3).map(summary) };
}

export async function personNames(db: SqlHandle, tenant: Tenant): Promise<PersonSummary[]> {
  const r = await db.query<PersonSummary>(
    `SELECT ${SUMMARY} FROM persons p WHERE ${VISIBLE_PERSON} ORDER BY p.name LIMIT 20000`,
    [cleanText(tenant, 200)],
  );
  return r.rows.map(summary);
}

/** Persons by id (for contact participants and initiators). */
export async function personsById(db: SqlHandle, ids: readonly number[]): Promise<Map<number, PersonSummary>> {
  if (ids.length === 0) return new Map();
  const r = await db.query<PersonSummary>(`SELECT ${SUMMARY} FROM persons p WHERE p.id = ANY($1::int[])`, [[...new Set(ids)]]);
  return new Map(r.rows.map((p) => [p.id, summary(p)]));
}

function summary(p: PersonSummary): PersonSummary {
  return { id: p.id, name: p.name, role: p.role, aliases: p.aliases ?? [] };
}
