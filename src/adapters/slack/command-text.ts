// Reads Slack's one text string: the `--public` request is ours, everything else is the command's options.
import type { AnyCommand } from '../../core/command.js';
import { describeOptions } from '../../core/command-options.js';

/** `--public`, `public:yes`, `public=true` as a whole word; a command that defines `public` itself parses it. */
const PUBLIC_FLAG = /(^|\s)(?:--public|public[:=](?:yes|true|on|1))(?:\s+|$)/gi;

export interface SlackCommandText {
  /** The text left for parseCommandText. */
  text: string;
  /** The user asked for the answer to be posted in the channel. */
  public: boolean;
}

export function readPublicFlag(cmd: AnyCommand, text: string): SlackCommandText {
  if (describeOptions(cmd).some((o) => o.name === 'public')) return { text, public: false };
  let found = false;
  let rest = text;
  // Twice-written flags ("--public --public") share a space, so one pass can leave the second behind.
  for (let before = ''; before !== rest; ) {
    before = rest;
    rest = rest.replace(PUBLIC_FLAG, (_m, lead: string) => ((found = true), lead));
  }
  return { text: rest.trim(), public: found };
}

/** True when the parsed args of a command with its own `public` option ask for it. */
export function argsWantPublic(args: unknown): boolean {
  return typeof args === 'object' && args !== null && (args as { public?: unknown }).public === true;
}
