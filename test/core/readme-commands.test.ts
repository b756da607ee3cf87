// The README's command reference is generated from commands/: a changed command without a regenerated README fails.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { commands } from '../../commands/index.js';
import { commandReference } from '../../src/core/command-docs.js';

describe('README command reference', () => {
  it('matches the command definitions (run scripts/readme-commands.ts --write after changing a command)', () => {
    const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
    expect(readme).toContain(commandReference(commands));
  });
  it('lists every command', () => {
    const ref = commandReference(commands);
    for (const c of commands) expect(ref).toContain(`### /${c.name}`);
  });
});
