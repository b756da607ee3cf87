// Verifies gold.json against articles/*.txt beside this file. Run: node check-gold.mjs (from corpus10/).
// File numbers 1400-1429; transcript labels of this set (the New Zealand post-Cabinet press conference, 1413; the
// Indian MEA weekly briefing, 1426). Single marks open quotes in some translated texts and headlines.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkGold } from '../gold/check-gold-lib.mjs';

checkGold({
  root: path.dirname(fileURLToPath(import.meta.url)),
  first: 1400,
  last: 1429,
  transcript: /^(PRIME MINISTER|WINSTON PETERS|MEDIA|Official Spokesperson, Shri Randhir Jaiswal|Question[^:\n]*):/m,
  singleMarks: true,
});
