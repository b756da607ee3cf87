// The README's command reference, generated from the command definitions so it can never drift from them.
import type { AnyCommand } from './command.js';
import { describeOptions, usage } from './command-options.js';

const cell = (s: string) => s.replace(/\|/g, '\\|').replace(/\n/g, ' ');

export function commandReference(commands: readonly AnyCommand[]): string {
  const out: string[] = ['## Commands', ''];
  out.push('Options can be given as `name:value`, `name:"several words"` or `--name value`; the first bare words fill');
  out.push('the main option (`/who-called Lloyd Austin`). In Discord they are typed slash-command options.', '');
  for (const cmd of commands) {
    out.push(`### /${cmd.name}`, '', cmd.description + '.', '', '```', usage(cmd), '```', '');
    const opts = describeOptions(cmd);
    if (opts.length) {
      out.push('| option | required | meaning |', '|---|---|---|');
      for (const o of opts) {
        const choices = o.choices ? ` (${o.choices.join(', ')})` : '';
        out.push(`| \`${o.name}\` | ${o.required ? 'yes' : 'no'} | ${cell(o.description + choices)} |`);
      }
      out.push('');
    }
    out.push('Examples: ' + cmd.examples.map((e) => '`' + e + '`').join(', '), '');
  }
  return out.join('\n');
}
