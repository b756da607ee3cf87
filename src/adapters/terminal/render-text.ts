// Answer → plain text for the terminal and `readout ask`: numbered sources under the lines that cite them.
import type { Answer } from '../../core/answer.js';

// Strip control characters so article text cannot move the cursor or change terminal colours.
const clean = (s: string) => s.replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g, '');

export function renderText(a: Answer): string {
  const out: string[] = [clean(a.title)];
  if (a.summary) out.push(clean(a.summary));
  if (a.error?.hint && a.error.hint !== a.summary) out.push(clean(a.error.hint));
  for (const s of a.sections) {
    out.push('');
    if (s.heading) out.push(clean(s.heading));
    for (const l of s.lines) {
      const refs = l.cites.length ? ' ' + l.cites.map((i) => `[${i + 1}]`).join('') : '';
      out.push(`  • ${clean(l.text)}${refs}`);
      for (const n of l.notes ?? []) out.push(`      (${clean(n)})`);
    }
  }
  if (a.citations.length) {
    out.push('', 'Sources');
    a.citations.forEach((c, i) => {
      const meta = [c.outlet, c.date ?? 'undated'].filter(Boolean).join(', ');
      out.push(`  [${i + 1}] ${clean(c.article)} — ${meta}`);
      out.push(`      “${clean(c.evidence)}”`);
    });
  }
  return out.join('\n');
}
