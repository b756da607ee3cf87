// In-memory person-name index for autocomplete: Discord allows 3 s and no deferral, so the hot path never awaits the DB.
import { SHARED_TENANT, type Knowledge, type PersonSummary, type Tenant } from '../../core/knowledge.js';
import type { Logger } from '../../log.js';

export interface Choice {
  name: string;
  value: string;
}

export interface Entry {
  name: string;
  label: string;
  /** Normalised full name and aliases ("sergei shoigu", "shoygu"). */
  forms: string[];
  /** Normalised words of every form ("sergei", "shoigu"). */
  words: string[];
}

interface TenantIndex {
  /** For the shared corpus: every name. For a guild: only the names its own feeds add (memory stays small). */
  entries: Entry[];
  ids: Set<number>;
  loadedAt: number;
  loading: Promise<void> | null;
}

export const MAX_CHOICES = 25;

/** Lower case, no diacritics, letters and digits only: "Šojgu" and "shojgu" meet. */
export function normalizeName(s: string): string {
  return s.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

const clip = (s: string) => (s.length <= 100 ? s : s.slice(0, 99) + '…');

function entryOf(p: PersonSummary): Entry {
  const forms = [...new Set([p.name, ...p.aliases].map(normalizeName).filter(Boolean))];
  return {
    name: clip(p.name),
    // The role tells apart two people with one surname (Jake Sullivan, the adviser; John Sullivan, the ambassador).
    label: clip(p.role ? `${p.name} — ${p.role}` : p.name),
    forms,
    words: [...new Set(forms.flatMap((f) => f.split(' ')))],
  };
}

/** The searchable form of a name list (exported for tests of the matcher). */
export function indexEntries(people: readonly PersonSummary[]): Entry[] {
  return people.map(entryOf);
}

// Two rows reused across calls: the fuzzy pass runs over thousands of words per keystroke.
let rowA = new Int32Array(64);
let rowB = new Int32Array(64);

/** Edit distance of a and b is at most `max` (early exit once every cell of a row exceeds it). */
function within(a: string, b: string, max: number): boolean {
  if (Math.abs(a.length - b.length) > max) return false;
  if (b.length + 1 > rowA.length) {
    rowA = new Int32Array(b.length + 1);
    rowB = new Int32Array(b.length + 1);
  }
  let prev = rowA;
  let cur = rowB;
  for (let j = 0; j <= b.length; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i;
    let best = i;
    const ca = a.charCodeAt(i - 1);
    for (let j = 1; j <= b.length; j++) {
      const v = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (ca === b.charCodeAt(j - 1) ? 0 : 1));
      cur[j] = v;
      if (v < best) best = v;
    }
    if (best > max) return false;
    [prev, cur] = [cur, prev];
  }
  return prev[b.length]! <= max;
}

/** 0 = full name starts with it, 1 = a word starts with it, 2 = contains it, -1 = none of these. */
function exactScore(e: Entry, q: string): number {
  if (e.forms.some((f) => f.startsWith(q))) return 0;
  if (e.words.some((w) => w.startsWith(q))) return 1;
  if (e.forms.some((f) => f.includes(q))) return 2;
  return -1;
}

/**
 * A close spelling ("shoygu" for "shoigu", "zelensky" for "zelenskyy"): compared with the start of each word of
 * the same length, and with the whole word. People rarely mistype the first letter, which keeps this pass cheap.
 */
function isClose(e: Entry, q: string): boolean {
  const max = q.length >= 7 ? 2 : 1;
  const first = q.charCodeAt(0);
  return e.words.some((w) => w.charCodeAt(0) === first && (within(q, w.slice(0, q.length), max) || within(q, w, max)));
}

/** Up to 25 choices for what was typed, best first; pure, for tests and the hot path. */
export function matchNames(entries: readonly Entry[], typed: string): Choice[] {
  const q = normalizeName(typed);
  const scored: { e: Entry; s: number }[] = [];
  const rest: Entry[] = [];
  for (const e of entries) {
    const s = q ? exactScore(e, q) : 0;
    if (s >= 0) scored.push({ e, s });
    else rest.push(e);
  }
  // Spelling variants only fill what exact matches leave free.
  if (scored.length < MAX_CHOICES && q.length >= 4) {
    for (const e of rest) if (isClose(e, q)) scored.push({ e, s: 3 });
  }
  scored.sort((x, y) => x.s - y.s || x.e.name.length - y.e.name.length || x.e.name.localeCompare(y.e.name));
  return scored.slice(0, MAX_CHOICES).map(({ e }) => ({ name: e.label, value: e.name }));
}

export interface NameIndex {
  /** Choices from memory; schedules a background refresh when the tenant's names are missing or stale. */
  match(tenant: Tenant, typed: string): Choice[];
  /** Reloads one tenant's names (all loaded tenants when omitted), e.g. after an ingest. */
  refresh(tenant?: Tenant): Promise<void>;
  stop(): void;
}

export function createNameIndex(knowledge: Knowledge, opts: { refreshMs?: number; maxTenants?: number; log?: Logger } = {}): NameIndex {
  const refreshMs = opts.refreshMs ?? 60_000;
  const maxTenants = opts.maxTenants ?? 500;
  const shared: TenantIndex = { entries: [], ids: new Set(), loadedAt: 0, loading: null };
  // Guild indexes in least-recently-used order (Map keeps insertion order; a hit moves the key to the end).
  const tenants = new Map<Tenant, TenantIndex>();

  function load(tenant: Tenant): Promise<void> {
    let idx = tenant === SHARED_TENANT ? shared : tenants.get(tenant);
    if (!idx) {
      idx = { entries: [], ids: new Set(), loadedAt: 0, loading: null };
      tenants.set(tenant, idx);
      if (tenants.size > maxTenants) tenants.delete(tenants.keys().next().value as Tenant);
    }
    const t = idx;
    t.loading ??= knowledge
      .personNames(tenant)
      .then((people) => {
        const own = tenant === SHARED_TENANT ? people : people.filter((p) => !shared.ids.has(p.id));
        t.entries = indexEntries(own);
        t.ids = new Set(own.map((p) => p.id));
        t.loadedAt = Date.now();
      })
      .catch((err: unknown) => opts.log?.warn(`discord: could not load person names for autocomplete`, err))
      .finally(() => {
        t.loading = null;
      });
    return t.loading;
  }

  // The shared corpus grows while the bot runs (feeds): refresh it in the background, never on a keystroke.
  const timer = setInterval(() => void load(SHARED_TENANT), refreshMs);
  timer.unref();

  return {
    match(tenant, typed) {
      const own = tenant === SHARED_TENANT ? undefined : tenants.get(tenant);
      if (own) {
        tenants.delete(tenant);
        tenants.set(tenant, own);
      }
      // Missing or stale: answer now from what is in memory, load for the next keystroke.
      if (tenant !== SHARED_TENANT && (!own || Date.now() - own.loadedAt > refreshMs)) void load(tenant);
      return matchNames(own?.entries.length ? shared.entries.concat(own.entries) : shared.entries, typed);
    },
    async refresh(tenant) {
      if (tenant !== undefined) return load(tenant);
      await load(SHARED_TENANT);
      await Promise.all([...tenants.keys()].map(load));
    },
    stop() {
      clearInterval(timer);
    },
  };
}
