// `readout slack-manifest [--socket] [--url https://host/slack/events]`: prints the app manifest as JSON.
import { z } from 'zod';
import { commands } from '../../commands/index.js';
import { PLACEHOLDER_URL, SLACK_ENDPOINT, slackManifest } from '../adapters/slack/manifest.js';

const requestUrl = z
  .string()
  .refine((v) => URL.canParse(v) && new URL(v).protocol === 'https:', 'must be a full https:// URL (Slack only posts to https)');

interface Io {
  out: (text: string) => void;
  err: (text: string) => void;
}

const defaultIo: Io = { out: (t) => process.stdout.write(t + '\n'), err: (t) => process.stderr.write(t + '\n') };

const HELP = 'Usage: readout slack-manifest [--socket] [--url https://host/slack/events] [--name Readout]';

export async function slackManifestCli(argv: string[], io: Io = defaultIo): Promise<number> {
  let socket = false;
  let url: string | undefined;
  let name: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const [flag, inline] = argv[i]!.split(/=(.*)/s, 2) as [string, string | undefined];
    const value = () => inline ?? argv[++i];
    if (flag === '--socket') socket = true;
    else if (flag === '--url') url = value();
    else if (flag === '--name') name = value();
    else if (flag === '--help' || flag === '-h') return (io.out(HELP), 0);
    else return (io.err(`Unknown option "${flag.slice(0, 40)}". ${HELP}`), 2);
  }
  if (url !== undefined) {
    const checked = requestUrl.safeParse(url);
    if (!checked.success) return (io.err(`--url ${checked.error.issues[0]?.message}. ${HELP}`), 2);
    if (socket) io.err('Note: --url is ignored with --socket (Socket Mode needs no public URL).');
    else if (!new URL(url).pathname.endsWith(SLACK_ENDPOINT)) io.err(`Note: Readout listens on ${SLACK_ENDPOINT}; the URL should end with it.`);
  } else if (!socket) {
    io.err(`Note: no --url given; replace ${PLACEHOLDER_URL} with your public URL, or use --socket.`);
  }
  if (name !== undefined && !/^.{1,35}$/.test(name)) return (io.err('--name takes 1 to 35 characters.'), 2);
  io.out(JSON.stringify(slackManifest({ socket, url: socket ? undefined : url, commands, name }), null, 2));
  return 0;
}
