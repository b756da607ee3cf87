// A command is one definition: name, description, zod options and run(). Every platform form is derived from it.
import type { z } from 'zod';
import type { Answer } from './answer.js';
import type { Knowledge, Tenant } from './knowledge.js';

export type Platform = 'discord' | 'slack' | 'terminal';

/** Who asks, where, and what they may do. Filled by the adapter from the platform event. */
export interface Caller {
  platform: Platform;
  userId: string;
  /** Guild or workspace id; 'local' in the terminal. */
  tenant: Tenant;
  channelId: string | null;
  /** May manage the channel/workspace (subscribe digests, add feeds). */
  canManage: boolean;
  /** IANA time zone of the caller when the platform knows it. */
  timezone?: string;
}

/** Services a command may use. Optional ones are absent where not configured. */
export interface CommandContext {
  knowledge: Knowledge;
  caller: Caller;
  now: Date;
  /** All commands, for /help. */
  commands: readonly AnyCommand[];
  /** Extra services keyed by name (digests, feeds); each command narrows what it needs. */
  services: Partial<Record<string, unknown>>;
}

export interface CommandDefinition<S extends z.ZodObject = z.ZodObject> {
  name: string;
  description: string;
  options: S;
  /**
   * Options filled, in order, by bare words in text forms ("/who-called Shoigu", "/digest subscribe").
   * The last one takes all remaining bare words ("/who-called Lloyd Austin").
   */
  positional?: (keyof z.infer<S> & string)[];
  /** Example invocations shown in /help and usage hints. */
  examples: string[];
  /** May take longer than ~1 s (adapters defer at once). */
  slow?: boolean;
  /** Needs Caller.canManage for some actions; Discord sets default_member_permissions from it. */
  requiresManage?: boolean;
  run(ctx: CommandContext, args: z.infer<S>): Promise<Answer>;
}

// Bivariance hack: a list of commands with different option schemas.
export type AnyCommand = CommandDefinition<any>; // eslint-disable-line @typescript-eslint/no-explicit-any

export function defineCommand<S extends z.ZodObject>(def: CommandDefinition<S>): CommandDefinition<S> {
  return def;
}
