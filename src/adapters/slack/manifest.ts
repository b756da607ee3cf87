// Generates the Slack app manifest from the command definitions, so creating the app is one paste.
import type { AnyCommand } from '../../core/command.js';
import { usage } from '../../core/command-options.js';

export interface SlackManifestOptions {
  /** Socket Mode: no public URL needed. */
  socket?: boolean;
  /** HTTP mode: the public https URL Slack posts slash commands to, ending in /slack/events. */
  url?: string;
  commands: readonly AnyCommand[];
  /** App name shown in Slack (max 35 characters). */
  name?: string;
}

export interface SlackManifestCommand {
  command: string;
  description: string;
  usage_hint: string;
  should_escape: false;
  url?: string;
}

export interface SlackManifest {
  display_information: { name: string; description: string; background_color: string };
  features: { bot_user: { display_name: string; always_online: boolean }; slash_commands: SlackManifestCommand[] };
  oauth_config: { scopes: { bot: string[] } };
  settings: { org_deploy_enabled: boolean; socket_mode_enabled: boolean; token_rotation_enabled: boolean };
}

/**
 * commands: slash commands; chat:write: answers and digests; chat:write.public: digests in public channels the bot
 * was not invited to; users:read: users.info tells whether a user is a workspace admin (digest and feed management);
 * channels:history, groups:history: before retrying a digest, conversations.history shows whether an earlier
 * attempt already posted it (public and private channels), so it is not posted twice.
 */
export const SLACK_BOT_SCOPES = ['commands', 'chat:write', 'chat:write.public', 'users:read', 'channels:history', 'groups:history'];

/** Path Bolt's HTTP receiver listens on; every slash command's URL ends with it. */
export const SLACK_ENDPOINT = '/slack/events';

/** A placeholder the person replaces; printed when no --url is given in HTTP mode. */
export const PLACEHOLDER_URL = `https://YOUR-HOST${SLACK_ENDPOINT}`;

const clip = (s: string, max: number) => (s.length <= max ? s : s.slice(0, max - 1) + '…');

/** The usage hint Slack shows after the command name: the derived usage minus "/name", plus our `--public`. */
export function slackUsageHint(cmd: AnyCommand): string {
  const args = usage(cmd).replace(/^\/\S+\s*/, '');
  return clip([args, '[--public]'].filter(Boolean).join(' '), 1000);
}

export function slackManifest(opts: SlackManifestOptions): SlackManifest {
  const url = opts.socket ? undefined : (opts.url ?? PLACEHOLDER_URL);
  const name = clip(opts.name ?? 'Readout', 35);
  return {
    display_information: {
      name,
      description: 'Who spoke with whom, when, and who said what in the news — with sources.',
      background_color: '#1d3557',
    },
    features: {
      bot_user: { display_name: name.toLowerCase().replace(/[^a-z0-9._-]+/g, '-'), always_online: true },
      slash_commands: opts.commands.map((cmd) => {
        if (`/${cmd.name}`.length > 32) throw new Error(`/${cmd.name}: Slack commands are at most 32 characters with the slash`);
        return {
          command: `/${cmd.name}`,
          description: clip(cmd.description, 2000),
          usage_hint: slackUsageHint(cmd),
          should_escape: false,
          ...(url ? { url } : {}),
        };
      }),
    },
    oauth_config: { scopes: { bot: [...SLACK_BOT_SCOPES] } },
    settings: { org_deploy_enabled: false, socket_mode_enabled: Boolean(opts.socket), token_rotation_enabled: false },
  };
}
