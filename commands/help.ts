// /help: every command with its usage, generated from the command definitions themselves.
import { z } from 'zod';
import { errorAnswer, infoAnswer, type Answer } from '../src/core/answer.js';
import { defineCommand } from '../src/core/command.js';
import { describeOptions, usage } from '../src/core/command-options.js';

export default defineCommand({
  name: 'help',
  description: 'How to use Readout and each of its commands',
  options: z.object({
    command: z.string().trim().min(1).max(40).describe('A command to explain in detail').optional(),
  }),
  positional: ['command'],
  examples: ['/help', '/help who-called'],
  async run(ctx, args): Promise<Answer> {
    if (args.command) {
      const name = args.command.replace(/^\//, '').toLowerCase();
      const cmd = ctx.commands.find((c) => c.name === name);
      if (!cmd) {
        return errorAnswer('command.unknown', `No command /${name}`, `Commands: ${ctx.commands.map((c) => '/' + c.name).join(', ')}`);
      }
      const options = describeOptions(cmd).map((o) => ({
        text: `${o.name}${o.required ? '' : ' (optional)'}: ${o.description}${o.choices ? ` — one of ${o.choices.join(', ')}` : ''}`,
        cites: [],
      }));
      return infoAnswer(`/${cmd.name}`, `${cmd.description}\nUsage: ${usage(cmd)}`, [
        ...(options.length ? [{ heading: 'Options', lines: options }] : []),
        { heading: 'Examples', lines: cmd.examples.map((e) => ({ text: e, cites: [] })) },
      ]);
    }
    return infoAnswer(
      'Readout — who spoke with whom, and who said what',
      'Every answer lists the articles it comes from. Names can be surnames, any spelling.',
      [{ lines: ctx.commands.map((c) => ({ text: `${usage(c)} — ${c.description}`, cites: [] })) }],
    );
  },
});
