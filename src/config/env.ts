// Environment variables, parsed once with zod; every adapter reads its settings from here, never from process.env.
import { z } from 'zod';

const optionalText = z
  .string()
  .trim()
  .transform((v) => (v === '' ? undefined : v))
  .optional();

const flag = z
  .string()
  .trim()
  .optional()
  .transform((v) => v !== undefined && /^(1|true|yes|on)$/i.test(v));

export const envSchema = z.object({
  READOUT_DATA_DIR: optionalText,
  DATABASE_URL: optionalText,
  READOUT_LOG_LEVEL: z.enum(['debug', 'info', 'warn', 'error']).default('info'),
  DISCORD_TOKEN: optionalText,
  DISCORD_APPLICATION_ID: optionalText,
  /** Guild for development registration (instant), instead of global commands. */
  DISCORD_GUILD_ID: optionalText,
  SLACK_BOT_TOKEN: optionalText,
  SLACK_SIGNING_SECRET: optionalText,
  SLACK_APP_TOKEN: optionalText,
  SLACK_PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  /** Comma-separated Slack user ids allowed to manage digests and feeds besides workspace admins. */
  SLACK_ADMIN_USER_IDS: optionalText,
  DIGEST_CATCHUP_HOURS: z.coerce.number().min(0).max(168).default(6),
  READOUT_ALLOW_PRIVATE_FEEDS: flag,
});

export type Env = z.infer<typeof envSchema>;

/** Parses the environment; throws one message naming every bad variable (never printing values). */
export function loadEnv(source: Record<string, string | undefined> = process.env): Env {
  const parsed = envSchema.safeParse(source);
  if (parsed.success) return parsed.data;
  const problems = parsed.error.issues.map((i) => `${String(i.path[0])}: ${i.message}`);
  throw new Error(`Configuration error in environment: ${problems.join('; ')}`);
}

/** Replaces secrets in a log line with their names, so no log ever shows a token. */
export function redactSecrets(text: string, env: Partial<Env> = {}): string {
  let out = text;
  for (const key of ['DISCORD_TOKEN', 'SLACK_BOT_TOKEN', 'SLACK_SIGNING_SECRET', 'SLACK_APP_TOKEN', 'DATABASE_URL'] as const) {
    const v = env[key];
    if (typeof v === 'string' && v.length >= 6) out = out.split(v).join(`[${key}]`);
  }
  // Token shapes even when not configured here: Slack xox*/xapp tokens, Discord bot tokens, URLs with passwords.
  return out
    .replace(/\bxox[abposr]-[\w-]+/g, '[slack-token]')
    .replace(/\bxapp-[\w-]+/g, '[slack-app-token]')
    .replace(/\b[\w-]{24,28}\.[\w-]{6}\.[\w-]{27,40}\b/g, '[discord-token]')
    .replace(/(\w+:\/\/[^:\s/]+:)[^@\s]+@/g, '$1***@');
}
