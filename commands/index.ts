// Every command Readout offers, in the order /help lists them. Adding a command = one file + one line here.
import type { AnyCommand } from '../src/core/command.js';
import whoCalled from './who-called.js';
import quotes from './quotes.js';
import story from './story.js';
import stories from './stories.js';
import search from './search.js';
import feeds from './feeds.js';
import digest from './digest.js';
import help from './help.js';

export const commands: readonly AnyCommand[] = [whoCalled, quotes, story, stories, search, feeds, digest, help];

export function findCommand(name: string): AnyCommand | undefined {
  const n = name.replace(/^\//, '').toLowerCase();
  return commands.find((c) => c.name === n);
}
