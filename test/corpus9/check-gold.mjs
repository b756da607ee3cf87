// Verifies gold.json against articles/*.txt beside this file. Run: node check-gold.mjs (from corpus9/).
// File numbers 1300-1329; transcript labels of this set (the Pakistani MOFA weekly briefing, 1314; the US State
// Department press briefing, 1326). Single marks open quotes in some translated texts and headlines.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkGold } from '../gold/check-gold-lib.mjs';

checkGold({
  root: path.dirname(fileURLToPath(import.meta.url)),
  first: 1300,
  last: 1329,
  transcript: /^(SPOKESPERSON|MR PIGOTT|QUESTION[^:\n]*):/m,
  singleMarks: true,
});
