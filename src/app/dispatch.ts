// The one place a command runs: validation already done, errors caught and turned into an ephemeral Answer.
import { errorAnswer, type Answer } from '../core/answer.js';
import type { AnyCommand, Caller } from '../core/command.js';
import { parseCommandText } from '../core/command-options.js';
import type { Logger } from '../log.js';
import type { App } from './app.js';

export interface DispatchOptions {
  log?: Logger;
  now?: () => Date;
}

/** Runs a command with validated args. Never throws: a failure becomes an 'internal' error Answer and a log line. */
export async function runCommand(app: App, cmd: AnyCommand, args: unknown, caller: Caller, opts: DispatchOptions = {}): Promise<Answer> {
  try {
    return await cmd.run(
      { knowledge: app.knowledge, caller, now: opts.now?.() ?? new Date(), commands: app.commands, services: app.services },
      args,
    );
  } catch (err) {
    opts.log?.error(`/${cmd.name} failed`, err);
    return errorAnswer('internal', 'Something went wrong on our side', 'The error was logged; please try again in a moment.');
  }
}

/** Splits "/who-called Shoigu with:Austin" into the command and its text. */
export function splitCommandLine(line: string): { name: string; rest: string } | null {
  const m = /^\s*\/?([A-Za-z][\w-]*)(?:\s+([\s\S]*))?$/.exec(line);
  if (!m) return null;
  return { name: m[1]!.toLowerCase(), rest: (m[2] ?? '').trim() };
}

/** Runs a whole text command line (terminal, `readout ask`). User mistakes come back as error Answers. */
export async function runCommandLine(app: App, line: string, caller: Caller, opts: DispatchOptions = {}): Promise<Answer> {
  const trimmed = line.trim();
  if (!trimmed) return errorAnswer('option.invalid', 'Type a command', 'Try /help, or /who-called Shoigu.');
  const split = splitCommandLine(trimmed);
  const cmd = split && app.commands.find((c) => c.name === split.name);
  if (!split || !cmd) {
    const shown = (split?.name ?? trimmed).slice(0, 40);
    return errorAnswer('command.unknown', `Unknown command “${shown}”`, `Commands: ${app.commands.map((c) => '/' + c.name).join(', ')}. Try /help.`);
  }
  const parsed = parseCommandText(cmd, split.rest);
  if (!parsed.ok) return errorAnswer('option.invalid', `Can't read that /${cmd.name}`, parsed.message);
  return runCommand(app, cmd, parsed.args, caller, opts);
}
