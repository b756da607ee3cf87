// `readout ask "/who-called Shoigu"`: one answer on stdout. User mistakes exit 0 with a message; crashes exit 1.
import type { App } from '../app/app.js';
import { runCommandLine } from '../app/dispatch.js';
import type { Answer } from '../core/answer.js';
import { renderText } from '../adapters/terminal/render-text.js';
import { terminalCaller } from '../adapters/terminal/repl.js';
import { appFromEnv } from './app-from-env.js';

export type AskFormat = 'text' | 'json';

export function formatAnswer(answer: Answer, format: AskFormat): string {
  return format === 'json' ? JSON.stringify(answer, null, 2) : renderText(answer);
}

/** The testable core of `ask`: output text and exit code for one command line. */
export async function ask(app: App, line: string, format: AskFormat = 'text'): Promise<{ output: string; exitCode: number }> {
  const answer = await runCommandLine(app, line, terminalCaller);
  return { output: formatAnswer(answer, format), exitCode: answer.error?.code === 'internal' ? 1 : 0 };
}

export function parseAskArgs(argv: string[]): { line: string; format: AskFormat } | { error: string } {
  let format: AskFormat = 'text';
  const words: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--format') {
      const f = argv[++i];
      if (f !== 'text' && f !== 'json') return { error: '--format must be text or json' };
      format = f;
    } else if (a.startsWith('--format=')) {
      const f = a.slice('--format='.length);
      if (f !== 'text' && f !== 'json') return { error: '--format must be text or json' };
      format = f;
    } else words.push(a);
  }
  return { line: words.join(' '), format };
}

export async function askCli(argv: string[]): Promise<number> {
  const parsed = parseAskArgs(argv);
  if ('error' in parsed) {
    console.error(parsed.error);
    return 2;
  }
  const { app } = await appFromEnv({ quiet: true });
  try {
    const { output, exitCode } = await ask(app, parsed.line, parsed.format);
    console.log(output);
    return exitCode;
  } finally {
    await app.close();
  }
}
