// `readout <command>`: the command-line entry. Each subcommand lives in its own module, loaded only when used.
import { fileURLToPath } from 'node:url';

type Subcommand = { summary: string; load: () => Promise<(argv: string[]) => Promise<number>> };

const subcommands: Record<string, Subcommand> = {
  start: {
    summary: 'start [--shards N|auto]   run the bot: Discord/Slack when configured, else the terminal',
    load: async () => (await import('./start.js')).startCli,
  },
  ask: {
    summary: 'ask "<command line>" [--format text|json]   answer one command and exit',
    load: async () => (await import('./ask.js')).askCli,
  },
  ingest: {
    summary: 'ingest <url|file|dir>...   add articles to the store',
    load: async () => (await import('./ingest.js')).ingestCli,
  },
  extract: {
    summary: 'extract --format json <file|dir>...   print what the pipeline extracts (no database)',
    load: async () => (await import('./extract.js')).extractCli,
  },
  'register-commands': {
    summary: 'register-commands [--guild ID]   deploy slash commands to Discord',
    load: async () => (await import('./register-commands.js')).registerCommandsCli,
  },
  'slack-manifest': {
    summary: 'slack-manifest [--socket] [--url https://host/slack/events]   print the Slack app manifest',
    load: async () => (await import('./slack-manifest.js')).slackManifestCli,
  },
};

export function cliHelp(): string {
  return ['Usage: readout <command>', '', ...Object.values(subcommands).map((s) => `  readout ${s.summary}`)].join('\n');
}

export async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    console.log(cliHelp());
    return name ? 0 : 1;
  }
  const sub = subcommands[name];
  if (!sub) {
    console.error(`Unknown command "${name.slice(0, 40)}".\n\n${cliHelp()}`);
    return 2;
  }
  const run = await sub.load();
  return run(rest);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (err: unknown) => {
      console.error(err instanceof Error ? err.message : String(err));
      process.exitCode = 1;
    },
  );
}
