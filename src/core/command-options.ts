// Reads a command's zod schema as a list of options, and parses the one-line text form (Slack, terminal) by it.
import { z } from 'zod';
import type { AnyCommand } from './command.js';

export type OptionType = 'string' | 'integer' | 'number' | 'boolean';

/** One option as every platform needs it; derived from the zod schema, never written by hand. */
export interface OptionSpec {
  name: string;
  type: OptionType;
  description: string;
  required: boolean;
  choices?: string[];
  minLength?: number;
  maxLength?: number;
  min?: number;
  max?: number;
  /** 'person': the adapter may offer autocomplete of known names. */
  autocomplete?: 'person';
  /** Shown in usage lines instead of the type ("YYYY-MM-DD", "HH:MM"). */
  placeholder?: string;
  default?: unknown;
}

interface JsonProp {
  type?: string;
  enum?: unknown[];
  description?: string;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  autocomplete?: string;
  placeholder?: string;
  default?: unknown;
}

const specCache = new WeakMap<object, OptionSpec[]>();

export function describeOptions(cmd: AnyCommand): OptionSpec[] {
  const cached = specCache.get(cmd);
  if (cached) return cached;
  const json = z.toJSONSchema(cmd.options, { io: 'input', unrepresentable: 'any' }) as {
    properties?: Record<string, JsonProp>;
    required?: string[];
  };
  const required = new Set(json.required ?? []);
  const specs = Object.entries(json.properties ?? {}).map(([name, p]): OptionSpec => {
    const type: OptionType =
      p.type === 'integer' ? 'integer' : p.type === 'number' ? 'number' : p.type === 'boolean' ? 'boolean' : 'string';
    return {
      name,
      type,
      description: p.description ?? name,
      required: required.has(name),
      choices: p.enum?.map(String),
      minLength: p.minLength,
      maxLength: p.maxLength,
      min: p.minimum,
      max: p.maximum,
      autocomplete: p.autocomplete === 'person' ? 'person' : undefined,
      placeholder: p.placeholder,
      default: p.default,
    };
  });
  // Platforms want required options first.
  specs.sort((a, b) => Number(b.required) - Number(a.required));
  specCache.set(cmd, specs);
  return specs;
}

/** "/who-called <person> [with:…] [since:…]" */
export function usage(cmd: AnyCommand): string {
  const positional = new Set<string>(cmd.positional ?? []);
  const parts = describeOptions(cmd).map((o) => {
    const shape = positional.has(o.name)
      ? `<${o.choices ? o.choices.join('|') : o.name}>`
      : `${o.name}:${o.choices ? o.choices.join('|') : `<${o.placeholder ?? (o.type === 'string' ? 'text' : o.type === 'integer' ? 'number' : o.type)}>`}`;
    return o.required ? shape : `[${shape}]`;
  });
  return [`/${cmd.name}`, ...parts].join(' ');
}

export const MAX_COMMAND_TEXT = 1000;

export type ParseResult<T> = { ok: true; args: T } | { ok: false; message: string };

const QUOTE_PAIRS: Record<string, string> = { '"': '"', "'": "'", '“': '”', '„': '“', '«': '»', '‘': '’' };

/** Splits on whitespace, keeping quoted runs (straight or typographic quotes) together. */
export function tokenize(text: string): string[] {
  const tokens: string[] = [];
  let cur = '';
  let close: string | null = null;
  let quoted = false;
  for (const ch of text) {
    if (close) {
      if (ch === close) close = null;
      else cur += ch;
    } else if (QUOTE_PAIRS[ch] && (cur === '' || cur.endsWith(':') || cur.endsWith('='))) {
      close = QUOTE_PAIRS[ch];
      quoted = true;
    } else if (/\s/.test(ch)) {
      if (cur !== '' || quoted) tokens.push(cur);
      cur = '';
      quoted = false;
    } else cur += ch;
  }
  if (cur !== '' || quoted) tokens.push(cur);
  return tokens;
}

function coerce(spec: OptionSpec, raw: string): unknown {
  if (spec.type === 'integer' || spec.type === 'number') {
    const n = Number(raw);
    return raw.trim() === '' || Number.isNaN(n) ? raw : n;
  }
  if (spec.type === 'boolean') {
    if (/^(yes|true|on|1)$/i.test(raw)) return true;
    if (/^(no|false|off|0)$/i.test(raw)) return false;
    return raw;
  }
  return raw;
}

/** Turns a zod error into one sentence a person can act on. */
export function explainZodError(cmd: AnyCommand, error: z.ZodError): string {
  const issue = error.issues[0];
  if (!issue) return `Those options don't fit. Usage: ${usage(cmd)}`;
  const name = String(issue.path[0] ?? '');
  const spec = describeOptions(cmd).find((o) => o.name === name);
  let why = issue.message;
  if (issue.code === 'invalid_type' && issue.input === undefined) why = 'is required';
  else if (spec?.choices && issue.code === 'invalid_value') why = `must be one of ${spec.choices.join(', ')}`;
  else if (issue.code === 'too_big' && spec?.maxLength) why = `must be at most ${spec.maxLength} characters`;
  else if (issue.code === 'too_small' && spec?.minLength) why = `can't be empty`;
  return `${name ? `\`${name}\` ` : ''}${why}. Usage: ${usage(cmd)}`;
}

/** Validates already-split options (Discord gives them typed) with the command's schema. */
export function validateArgs<T>(cmd: AnyCommand, input: Record<string, unknown>): ParseResult<T> {
  const parsed = cmd.options.safeParse(input);
  if (parsed.success) return { ok: true, args: parsed.data as T };
  return { ok: false, message: explainZodError(cmd, parsed.error) };
}

/**
 * Parses the text after the command name: `Shoigu with:Austin since:2022-05-01`, `--limit 3`, quoted values,
 * `--public` flags. Bare words fill `positional` options in order; the last takes the rest.
 */
export function parseCommandText<T = Record<string, unknown>>(cmd: AnyCommand, text: string): ParseResult<T> {
  if (text.length > MAX_COMMAND_TEXT) {
    return { ok: false, message: `That is ${text.length} characters; commands take at most ${MAX_COMMAND_TEXT}.` };
  }
  const specs = describeOptions(cmd);
  const byName = new Map(specs.map((s) => [s.name.toLowerCase(), s]));
  const input: Record<string, unknown> = {};
  const bare: string[] = [];
  const tokens = tokenize(text.trim());
  for (let i = 0; i < tokens.length; i++) {
    const tok = tokens[i]!;
    const kv = /^([A-Za-z][\w-]*)[:=](.*)$/s.exec(tok);
    const flag = /^--([A-Za-z][\w-]*)$/.exec(tok);
    if (kv && byName.has(kv[1]!.toLowerCase())) {
      const spec = byName.get(kv[1]!.toLowerCase())!;
      input[spec.name] = coerce(spec, kv[2]!);
    } else if (flag) {
      const spec = byName.get(flag[1]!.toLowerCase());
      if (!spec) return { ok: false, message: `Unknown option \`--${flag[1]}\`. Usage: ${usage(cmd)}` };
      if (spec.type === 'boolean') input[spec.name] = true;
      else {
        const next = tokens[++i];
        if (next === undefined) return { ok: false, message: `\`--${spec.name}\` needs a value. Usage: ${usage(cmd)}` };
        input[spec.name] = coerce(spec, next);
      }
    } else if (kv && !/^https?$/i.test(kv[1]!) && !/^\d/.test(kv[2]!) && (cmd.positional ?? []).length === 0) {
      return { ok: false, message: `Unknown option \`${kv[1]}\`. Usage: ${usage(cmd)}` };
    } else bare.push(tok);
  }
  const positional = cmd.positional ?? [];
  if (bare.length > 0) {
    if (positional.length === 0) return { ok: false, message: `Unexpected \`${bare[0]}\`. Usage: ${usage(cmd)}` };
    let b = 0;
    for (let p = 0; p < positional.length && b < bare.length; p++) {
      const name = positional[p]!;
      if (input[name] !== undefined) continue;
      const last = p === positional.length - 1;
      const value = last ? bare.slice(b).join(' ') : bare[b]!;
      b = last ? bare.length : b + 1;
      input[name] = coerce(byName.get(name.toLowerCase())!, value);
    }
    if (b < bare.length) return { ok: false, message: `Unexpected \`${bare[b]}\`. Usage: ${usage(cmd)}` };
  }
  return validateArgs<T>(cmd, input);
}
