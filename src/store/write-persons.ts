// Upserts canonical persons and every spelling they go by, in a few set-based statements per batch.
import type { LinkedPerson } from '../core/corpus/link-types.js';
import { MAX_NAME_LENGTH, nameKeys } from './name-keys.js';
import type { SqlHandle } from './sql.js';

/** Resolves any name or alias the batch used to a person id (null for text that folds to nothing). */
export type PersonIds = (name: string) => number | null;

const US = '\x1f';
const clip = (s: string | null, n = MAX_NAME_LENGTH): string | null => (s === null ? null : s.replace(/\u0000/gu, '').slice(0, n));

interface Row {
  name: string;
  key: string;
  surnameKey: string;
  role: string | null;
  aliases: string[];
}

/**
 * Writes the linker's persons, then creates bare persons for `extraNames` no linked person covers (a participant
 * or speaker the linker did not list), so every fact can point at an id.
 */
export async function writePersons(tx: SqlHandle, persons: readonly LinkedPerson[], extraNames: readonly string[]): Promise<PersonIds> {
  const byKey = new Map<string, number>();
  const ownKeys = new Set<string>();
  const names: { id: number; name: string }[] = [];
  const existing = persons.filter((p) => p.existingId !== null);
  if (existing.length > 0) {
    // Known persons keep their name (a rename could collide with another key); they gain role and aliases.
    const r = await tx.query<{ id: number }>(
      `UPDATE persons p SET role = coalesce(u.role, p.role),
         aliases = (SELECT coalesce(array_agg(DISTINCT a), '{}') FROM unnest(p.aliases || string_to_array(u.aliases, E'\\x1f')) a)
       FROM unnest($1::int[], $2::text[], $3::text[]) AS u(id, role, aliases)
       WHERE p.id = u.id RETURNING p.id`,
      [existing.map((p) => p.existingId), existing.map((p) => clip(p.role, 300)), existing.map((p) => aliasesOf(p).join(US))],
    );
    const found = new Set(r.rows.map((x) => x.id));
    for (const p of existing) {
      if (p.existingId === null || !found.has(p.existingId)) continue;
      remember(byKey, names, p.existingId, p.name, aliasesOf(p));
      ownKeys.add(nameKeys(p.name).key);
    }
  }
  const fresh = new Map<string, Row>();
  const add = (name: string, role: string | null, aliases: string[]): void => {
    const k = nameKeys(name);
    if (k.key === '' || ownKeys.has(k.key)) return;
    const prev = fresh.get(k.key);
    fresh.set(k.key, {
      name: prev?.name ?? clip(name) ?? name,
      key: k.key,
      surnameKey: k.surnameKey,
      role: prev?.role ?? role,
      aliases: [...new Set([...(prev?.aliases ?? []), ...aliases])],
    });
  };
  for (const p of persons) if (p.existingId === null || !ownKeys.has(nameKeys(p.name).key)) add(p.name, clip(p.role, 300), aliasesOf(p));
  // Aliases of the batch's persons resolve to them; only names nobody carries become bare persons.
  const aliasKeys = new Set(persons.flatMap((p) => [p.name, ...p.aliases].map((n) => nameKeys(n).key)));
  for (const n of extraNames) if (!aliasKeys.has(nameKeys(n).key)) add(n, null, []);
  if (fresh.size > 0) {
    // One lock order for every writer (by key), so concurrent ingests do not deadlock on each other's persons.
    const rows = [...fresh.values()].sort((a, b) => (a.key < b.key ? -1 : 1));
    const r = await tx.query<{ id: number; name_key: string }>(
      `INSERT INTO persons (name, role, name_key, surname_key, aliases)
       SELECT name, role, key, skey, string_to_array(aliases, E'\\x1f')
       FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[]) AS u(name, role, key, skey, aliases)
       ON CONFLICT (name_key) DO UPDATE SET role = coalesce(excluded.role, persons.role),
         aliases = (SELECT coalesce(array_agg(DISTINCT a), '{}') FROM unnest(persons.aliases || excluded.aliases) a)
       RETURNING id, name_key`,
      [rows.map((x) => x.name), rows.map((x) => x.role), rows.map((x) => x.key), rows.map((x) => x.surnameKey), rows.map((x) => x.aliases.join(US))],
    );
    const ids = new Map(r.rows.map((x) => [x.name_key, x.id]));
    for (const row of rows) {
      const id = ids.get(row.key);
      if (id !== undefined) remember(byKey, names, id, row.name, row.aliases);
    }
  }
  await writeNames(tx, names);
  return (name) => byKey.get(nameKeys(name).key) ?? null;
}

function aliasesOf(p: LinkedPerson): string[] {
  return [...new Set(p.aliases.map((a) => clip(a) ?? '').filter((a) => a !== '' && a !== p.name && !a.includes(US)))].slice(0, 50);
}

/** The person's own key always maps to it; an alias key maps to it unless another person already owns that key. */
function remember(byKey: Map<string, number>, names: { id: number; name: string }[], id: number, name: string, aliases: string[]): void {
  byKey.set(nameKeys(name).key, id);
  names.push({ id, name });
  for (const a of aliases) {
    names.push({ id, name: a });
    const k = nameKeys(a).key;
    if (k !== '' && !byKey.has(k)) byKey.set(k, id);
  }
}

async function writeNames(tx: SqlHandle, names: readonly { id: number; name: string }[]): Promise<void> {
  const seen = new Set<string>();
  const rows = names
    .map((n) => ({ id: n.id, name: clip(n.name) ?? '', ...nameKeys(n.name) }))
    .filter((n) => n.folded !== '' && !seen.has(`${n.id}|${n.folded}`) && (seen.add(`${n.id}|${n.folded}`), true));
  if (rows.length === 0) return;
  await tx.query(
    `INSERT INTO person_names (person_id, name, folded, key)
     SELECT * FROM unnest($1::int[], $2::text[], $3::text[], $4::text[])
     ON CONFLICT (person_id, folded) DO NOTHING`,
    [rows.map((r) => r.id), rows.map((r) => r.name), rows.map((r) => r.folded), rows.map((r) => r.key)],
  );
}
