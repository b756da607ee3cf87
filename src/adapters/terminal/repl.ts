// The terminal adapter: a prompt that reads slash commands, runs them on the core, prints text answers.
import { createInterface } from 'node:readline';
import type { App } from '../../app/app.js';
import { runCommandLine } from '../../app/dispatch.js';
import type { Caller } from '../../core/command.js';
import type { Logger } from '../../log.js';
import { renderText } from './render-text.js';

export const terminalCaller: Caller = { platform: 'terminal', userId: 'local', tenant: 'local', channelId: null, canManage: true };

export function startTerminal(app: App, opts: { log: Logger; input?: NodeJS.ReadableStream; output?: NodeJS.WritableStream }): Promise<void> {
  const output = opts.output ?? process.stdout;
  const rl = createInterface({ input: opts.input ?? process.stdin, output, terminal: Boolean((output as { isTTY?: boolean }).isTTY) });
  output.write('Readout — type /help, e.g. /who-called Shoigu. Ctrl+D to quit.\n');
  rl.setPrompt('> ');
  rl.prompt();
  let queue = Promise.resolve();
  rl.on('line', (line) => {
    // Lines are answered in order even when one query is slow.
    queue = queue.then(async () => {
      if (line.trim() === '') return rl.prompt();
      if (/^\/?(quit|exit)$/i.test(line.trim())) return rl.close();
      const answer = await runCommandLine(app, line, terminalCaller, { log: opts.log });
      output.write(renderText(answer) + '\n\n');
      rl.prompt();
    });
  });
  return new Promise((resolve) => rl.on('close', () => void queue.then(resolve)));
}
