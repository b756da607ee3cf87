// Person lookup shared by commands: found → the person; otherwise a ready error Answer naming candidates.
import { errorAnswer, type Answer } from '../src/core/answer.js';
import type { CommandContext } from '../src/core/command.js';
import type { PersonSummary } from '../src/core/knowledge.js';

const describe = (p: PersonSummary) => (p.role ? `${p.name} (${p.role})` : p.name);

export async function resolvePerson(
  ctx: CommandContext,
  query: string,
): Promise<{ ok: true; person: PersonSummary } | { ok: false; answer: Answer }> {
  const found = await ctx.knowledge.findPerson(ctx.caller.tenant, query);
  if (found.kind === 'found') return { ok: true, person: found.person };
  if (found.kind === 'ambiguous') {
    const a = errorAnswer('person.ambiguous', `“${query}” could be several people`, 'Ask again with the full name:');
    a.sections = [{ lines: found.candidates.map((p) => ({ text: describe(p), cites: [] })) }];
    return { ok: false, answer: a };
  }
  const hint = found.suggestions.length ? `Did you mean ${found.suggestions.map(describe).join(', ')}?` : undefined;
  return {
    ok: false,
    answer: errorAnswer('person.unknown', `No one called “${query}” in the coverage`, hint ?? 'Try a surname, or /search for words.', hint),
  };
}
