// Creates the Bolt App in HTTP mode (signed requests on a port) or Socket Mode (outbound WebSocket).
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { App as BoltApp, HTTPReceiver, SocketModeReceiver, type webApi } from '@slack/bolt';
import type { Logger } from '../../log.js';
import { boltLogger } from './bolt-logger.js';
import { SLACK_ENDPOINT } from './manifest.js';

export type SlackMode = { kind: 'http'; signingSecret: string; port: number } | { kind: 'socket'; appToken: string };

export interface SlackAppConfig {
  botToken: string;
  mode: SlackMode;
}

export interface SlackAppOptions {
  log: Logger;
  /** Web API base URL, e.g. a local fake in tests ('http://127.0.0.1:PORT/api/'). */
  slackApiUrl?: string;
  /**
   * Web API retries. Default none: the poster owns retries of chat.postMessage (Retry-After, bounded backoff),
   * and nothing else we call is worth a 30-minute retry loop.
   */
  retryConfig?: webApi.RetryOptions;
  /** Interface HTTP mode listens on (default: all). Tests use 127.0.0.1. */
  host?: string;
  /** Path of the HTTP endpoint Slack posts to (the manifest's URL must end with it). */
  endpoint?: string;
}

export interface SlackBolt {
  bolt: BoltApp;
  mode: SlackMode['kind'];
  /** Verifies the bot token (auth.test), then listens / connects. Returns the bound port in HTTP mode. */
  start(): Promise<{ port?: number }>;
  stop(): Promise<void>;
}

const why = (err: unknown) => (err instanceof Error ? err.message : String(err));

export function createSlackBolt(config: SlackAppConfig, opts: SlackAppOptions): SlackBolt {
  const logger = boltLogger(opts.log);
  const clientOptions: webApi.WebClientOptions = {
    ...(opts.slackApiUrl ? { slackApiUrl: opts.slackApiUrl } : {}),
    retryConfig: opts.retryConfig ?? { retries: 0 },
    // A 429 surfaces as an error carrying retryAfter, so the poster decides how long it may wait.
    rejectRateLimitedCalls: true,
  };
  const { mode } = config;
  const receiver =
    mode.kind === 'http'
      ? new HTTPReceiver({
          signingSecret: mode.signingSecret,
          endpoints: opts.endpoint ?? SLACK_ENDPOINT,
          logger,
          customRoutes: [{ path: '/healthz', method: ['GET'], handler: (_req, res) => void res.writeHead(200).end('ok') }],
        })
      : new SocketModeReceiver({
          appToken: mode.appToken,
          logger,
          // Socket Mode opens its connection with its own Web API client; point it at the same API.
          installerOptions: { clientOptions: { ...(opts.slackApiUrl ? { slackApiUrl: opts.slackApiUrl } : {}), ...(opts.retryConfig ? { retryConfig: opts.retryConfig } : {}) } },
        });
  const bolt = new BoltApp({ token: config.botToken, receiver, logger, clientOptions, deferInitialization: true });
  let started = false;
  return {
    bolt,
    mode: mode.kind,
    async start() {
      await bolt.init().catch((err: unknown) => {
        throw new Error(`could not verify SLACK_BOT_TOKEN with Slack (auth.test): ${why(err)}`);
      });
      if (mode.kind === 'socket') {
        await bolt.start().catch((err: unknown) => {
          throw new Error(`could not open the Socket Mode connection with SLACK_APP_TOKEN: ${why(err)}`);
        });
        started = true;
        return {};
      }
      const listen = opts.host ? { port: mode.port, host: opts.host } : mode.port;
      const server = (await bolt.start(listen).catch((err: unknown) => {
        throw new Error(`could not listen on port ${mode.port} (SLACK_PORT): ${why(err)}`);
      })) as Server;
      started = true;
      return { port: (server.address() as AddressInfo).port };
    },
    async stop() {
      if (started) await bolt.stop();
      started = false;
    },
  };
}
