// Verifies gold.json against articles/*.txt beside this file. Run: node check-gold.mjs (from corpus8/).
// File numbers 1200-1229; transcript labels of this set (the South African Presidency briefing, 1213; the Japanese
// Chief Cabinet Secretary's press conference, 1220). Single marks open quotes in some translated texts and headlines.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkGold } from '../gold/check-gold-lib.mjs';

checkGold({
  root: path.dirname(fileURLToPath(import.meta.url)),
  first: 1200,
  last: 1229,
  transcript: /^(MR MAGWENYA|MINISTER NTSHAVHENI|QUESTION[^:\n]*|CHIEF CABINET SECRETARY HAYASHI|REPORTER):/m,
  singleMarks: true,
});
