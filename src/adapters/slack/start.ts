// Starts Slack for `readout start`: checks the variables, creates Bolt, registers every command, stops gracefully.
import { z } from 'zod';
import type { App } from '../../app/app.js';
import type { Env } from '../../config/env.js';
import type { AnyCommand } from '../../core/command.js';
import type { Poster } from '../../core/delivery.js';
import type { Logger } from '../../log.js';
import { createSlackBolt, type SlackAppConfig, type SlackAppOptions } from './app.js';
import { registerSlackCommands } from './commands.js';
import { createSlackPoster } from './poster.js';

export interface SlackStartOptions extends Partial<Omit<SlackAppOptions, 'log'>> {
  log: Logger;
  /** Overrides SLACK_PORT (0 = any free port, for tests). */
  port?: number;
  commands?: readonly AnyCommand[];
  fastAckMs?: number;
}

export interface SlackHandle {
  mode: 'http' | 'socket';
  /** The bound port in HTTP mode. */
  port?: number;
  poster: Poster;
  stop(): Promise<void>;
}

const botToken = z.string().startsWith('xoxb-', 'SLACK_BOT_TOKEN must be the Bot User OAuth Token (starts with xoxb-)');
const appToken = z.string().startsWith('xapp-', 'SLACK_APP_TOKEN must be an app-level token with connections:write (starts with xapp-)');

/** Reads the Slack part of the environment; throws one sentence saying what is missing or wrong. */
export function slackConfig(env: Env, log?: Logger): SlackAppConfig {
  const { SLACK_BOT_TOKEN: bot, SLACK_SIGNING_SECRET: secret, SLACK_APP_TOKEN: app } = env;
  const how = 'set SLACK_SIGNING_SECRET (HTTP mode) or SLACK_APP_TOKEN (Socket Mode); see the Slack section of the README';
  if (!bot) {
    const set = [secret && 'SLACK_SIGNING_SECRET', app && 'SLACK_APP_TOKEN'].filter(Boolean).join(' and ');
    throw new Error(`Slack: ${set || 'nothing'} is set but SLACK_BOT_TOKEN is missing (the xoxb- token from OAuth & Permissions).`);
  }
  const checked = botToken.safeParse(bot);
  if (!checked.success) throw new Error(`Slack: ${checked.error.issues[0]?.message}.`);
  if (!secret && !app) throw new Error(`Slack: SLACK_BOT_TOKEN is set but neither SLACK_SIGNING_SECRET nor SLACK_APP_TOKEN is: ${how}.`);
  if (app) {
    const a = appToken.safeParse(app);
    if (!a.success) throw new Error(`Slack: ${a.error.issues[0]?.message}.`);
    if (secret) log?.info('Slack: SLACK_APP_TOKEN and SLACK_SIGNING_SECRET are both set; using Socket Mode (the signing secret is not needed).');
    return { botToken: bot, mode: { kind: 'socket', appToken: app } };
  }
  return { botToken: bot, mode: { kind: 'http', signingSecret: secret!, port: env.SLACK_PORT } };
}

export async function startSlack(app: App, env: Env, opts: SlackStartOptions): Promise<SlackHandle> {
  const config = slackConfig(env, opts.log);
  if (config.mode.kind === 'http' && opts.port !== undefined) config.mode.port = opts.port;
  const slack = createSlackBolt(config, { ...opts, log: opts.log });
  slack.bolt.error(async (err) => opts.log.error('slack: unhandled error in Bolt', err));
  const registry = registerSlackCommands(slack.bolt, {
    readout: app,
    commands: opts.commands,
    env,
    log: opts.log,
    fastAckMs: opts.fastAckMs,
  });
  let started: { port?: number };
  try {
    started = await slack.start();
  } catch (err) {
    await slack.stop().catch(() => undefined);
    const why = err instanceof Error ? err.message : String(err);
    throw new Error(`Slack: could not start in ${config.mode.kind === 'http' ? 'HTTP' : 'Socket'} mode: ${why}`);
  }
  opts.log.info(
    config.mode.kind === 'http'
      ? `Slack: listening for slash commands on port ${started.port} (HTTP mode)`
      : 'Slack: connected (Socket Mode)',
  );
  return {
    mode: config.mode.kind,
    port: started.port,
    poster: createSlackPoster(slack.bolt.client, { log: opts.log }),
    async stop() {
      // Let commands in flight answer (they need the socket for their ack), then close.
      await registry.drain(5000);
      await slack.stop();
      opts.log.info('Slack: stopped');
    },
  };
}
