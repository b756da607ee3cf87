// Verifies gold.json against articles/*.txt beside this file. Run: node check-gold.mjs (from corpus7/).
// File numbers 1100-1129; transcript labels of this set (White House and Indian MEA briefings, EU Council press
// remarks). Single marks open quotes in some translated texts and feature headlines.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkGold } from '../gold/check-gold-lib.mjs';

checkGold({
  root: path.dirname(fileURLToPath(import.meta.url)),
  first: 1100,
  last: 1129,
  transcript: /^(MS\. LEAVITT|Shri Randhir Jaiswal, Official Spokesperson|Question \([^)\n]*\)|Q|PRIME MINISTER PASHINYAN|PRESIDENT COSTA|QUESTION( \([^)\n]*\))?):/m,
  singleMarks: true,
});
