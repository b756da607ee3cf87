// Upserts canonical persons and every spelling they go by; returns a resolver from any of those names to an id.
import type { LinkedPerson } from '../core/corpus/link-types.js';
import { MAX_NAME_LENGTH, nameKeys } from './name-keys.js';
import type { SqlHandle } from './sql.js';

export interface PersonIds {
  /** The id of a person by any name or alias the batch used; creates a bare person for an unseen name. */
  idOf(name: string): Promise<number | null>;
}

const clip = (s: string | null, n = MAX_NAME_LENGTH): string | null => (s === null ? null : s.replace(/\u0000/gu, '').slice(0, n));

export async function writePersons(tx: SqlHandle, persons: readonly LinkedPerson[]): Promise<PersonIds> {
  const byKey = new Map<string, number>();
  const names: { id: number; name: string }[] = [];
  // One lock order for every writer (by key), so concurrent ingests do not deadlock on each other's persons.
  const ordered = [...persons].sort((a, b) => (nameKeys(a.name).key < nameKeys(b.name).key ? -1 : 1));
  for (const p of ordered) {
    const keys = nameKeys(p.name);
    if (keys.key === '') continue;
    const aliases = [...new Set(p.aliases.map((a) => clip(a) ?? '').filter((a) => a !== '' && a !== p.name))].slice(0, 50);
    let id = p.existingId;
    if (id !== null) {
      const r = await tx.query<{ id: number }>(
        `UPDATE persons SET role = coalesce($2, role),
           aliases = (SELECT coalesce(array_agg(DISTINCT a), '{}') FROM unnest(aliases || $3::text[]) a)
         WHERE id = $1 RETURNING id`,
        [id, clip(p.role, 300), aliases],
      );
      if (r.rows.length === 0) id = null;
    }
    if (id === null) id = await upsertByKey(tx, clip(p.name) ?? p.name, clip(p.role, 300), aliases);
    byKey.set(keys.key, id);
    for (const n of [p.name, ...aliases]) {
      names.push({ id, name: n });
      const k = nameKeys(n).key;
      // An alias names this person unless another canonical person already owns that exact key.
      if (k !== '' && !byKey.has(k)) byKey.set(k, id);
    }
  }
  await writeNames(tx, names);
  return {
    async idOf(name: string) {
      const keys = nameKeys(name);
      if (keys.key === '') return null;
      const known = byKey.get(keys.key);
      if (known !== undefined) return known;
      const id = await upsertByKey(tx, clip(name) ?? name, null, []);
      await writeNames(tx, [{ id, name }]);
      byKey.set(keys.key, id);
      return id;
    },
  };
}

async function upsertByKey(tx: SqlHandle, name: string, role: string | null, aliases: string[]): Promise<number> {
  const k = nameKeys(name);
  const r = await tx.query<{ id: number }>(
    `INSERT INTO persons (name, role, name_key, surname_key, aliases) VALUES ($1, $2, $3, $4, $5::text[])
     ON CONFLICT (name_key) DO UPDATE SET role = coalesce(excluded.role, persons.role),
       aliases = (SELECT coalesce(array_agg(DISTINCT a), '{}') FROM unnest(persons.aliases || excluded.aliases) a)
     RETURNING id`,
    [name, role, k.key, k.surnameKey, aliases],
  );
  const id = r.rows[0]?.id;
  if (id === undefined) throw new Error(`could not store person ${name}`);
  return id;
}

async function writeNames(tx: SqlHandle, names: readonly { id: number; name: string }[]): Promise<void> {
  const rows = names
    .map((n) => ({ id: n.id, name: clip(n.name) ?? '', ...nameKeys(n.name) }))
    .filter((n) => n.folded !== '');
  if (rows.length === 0) return;
  await tx.query(
    `INSERT INTO person_names (person_id, name, folded, key)
     SELECT * FROM unnest($1::int[], $2::text[], $3::text[], $4::text[])
     ON CONFLICT (person_id, folded) DO NOTHING`,
    [rows.map((r) => r.id), rows.map((r) => r.name), rows.map((r) => r.folded), rows.map((r) => r.key)],
  );
}
