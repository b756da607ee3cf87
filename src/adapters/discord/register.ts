// Deploys the generated command JSON (global or one guild) and reports what changed against what Discord had.
import { REST, Routes } from 'discord.js';
import type { AnyCommand } from '../../core/command.js';
import { commandsJson, type CommandJson } from './command-json.js';

export interface RegisterOptions {
  token: string;
  applicationId: string;
  /** Register in one guild (instant, for development) instead of globally. */
  guildId?: string;
  commands: readonly AnyCommand[];
  /** REST base for a local server, e.g. 'http://127.0.0.1:PORT/api'. */
  api?: string;
}

export interface RegisterResult {
  scope: 'global' | { guildId: string };
  added: string[];
  changed: string[];
  removed: string[];
  unchanged: string[];
  sent: CommandJson[];
}

type Json = Record<string, unknown>;

// Discord echoes commands back with ids, versions and defaults filled in; compare only what we send, defaults applied.
function normalizeOption(o: Json): Json {
  return {
    type: o.type,
    name: o.name,
    description: o.description,
    required: o.required ?? false,
    choices: o.choices ?? null,
    autocomplete: o.autocomplete ?? false,
    min_length: o.min_length ?? null,
    max_length: o.max_length ?? null,
    min_value: o.min_value ?? null,
    max_value: o.max_value ?? null,
  };
}

function normalize(c: Json): string {
  return JSON.stringify({
    type: c.type ?? 1,
    name: c.name,
    description: c.description,
    options: ((c.options as Json[] | undefined) ?? []).map(normalizeOption),
    default_member_permissions: c.default_member_permissions ?? null,
    contexts: c.contexts ?? null,
    integration_types: c.integration_types ?? null,
  });
}

export function diffCommands(before: Json[], after: CommandJson[]): Omit<RegisterResult, 'scope' | 'sent'> {
  const old = new Map(before.map((c) => [String(c.name), normalize(c)]));
  const added: string[] = [];
  const changed: string[] = [];
  const unchanged: string[] = [];
  for (const c of after) {
    const prev = old.get(c.name);
    if (prev === undefined) added.push(c.name);
    else if (prev !== normalize(c as unknown as Json)) changed.push(c.name);
    else unchanged.push(c.name);
  }
  const names = new Set(after.map((c) => c.name));
  const removed = [...old.keys()].filter((n) => !names.has(n));
  return { added, changed, removed, unchanged };
}

export async function registerCommands(opts: RegisterOptions): Promise<RegisterResult> {
  const sent = commandsJson(opts.commands);
  const rest = new REST({ retries: 1, ...(opts.api ? { api: opts.api } : {}) }).setToken(opts.token);
  const route = opts.guildId
    ? Routes.applicationGuildCommands(opts.applicationId, opts.guildId)
    : Routes.applicationCommands(opts.applicationId);
  const before = (await rest.get(route)) as Json[];
  const diff = diffCommands(before, sent);
  // PUT replaces the whole list atomically: commands we no longer define disappear, none are duplicated.
  await rest.put(route, { body: sent });
  return { scope: opts.guildId ? { guildId: opts.guildId } : 'global', ...diff, sent };
}

export function describeRegistration(r: RegisterResult): string {
  const where = r.scope === 'global' ? 'globally' : `in guild ${r.scope.guildId}`;
  const list = (xs: string[]) => xs.map((n) => '/' + n).join(', ');
  const lines = [`Registered ${r.sent.length} commands ${where}.`];
  if (r.added.length) lines.push(`  added:     ${list(r.added)}`);
  if (r.changed.length) lines.push(`  changed:   ${list(r.changed)}`);
  if (r.removed.length) lines.push(`  removed:   ${list(r.removed)}`);
  if (r.unchanged.length) lines.push(`  unchanged: ${list(r.unchanged)}`);
  if (!r.added.length && !r.changed.length && !r.removed.length) lines.push('  Nothing changed.');
  return lines.join('\n');
}
