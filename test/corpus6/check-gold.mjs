// Verifies gold.json against articles/*.txt beside this file. Run: node check-gold.mjs (from corpus6/).
// File numbers 1000-1029; transcript labels of this set (UN noon briefing, German government press conference,
// South African presidency briefing, Mexican presidential press conference in translation).
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkGold } from '../gold/check-gold-lib.mjs';

checkGold({
  root: path.dirname(fileURLToPath(import.meta.url)),
  first: 1000,
  last: 1029,
  transcript: /^(Spokesman|Question|KORNELIUS|BERGMANN \(AA\)|QUESTION|CHAIR|VINCENT MAGWENYA|JOURNALIST[^:\n]*|PRESIDENT CLAUDIA SHEINBAUM PARDO|INTERLOCUTORA?):/m,
});
