// Verifies gold.json against articles/*.txt beside this file. Run: node test/corpus3/check-gold.mjs
// File numbers 700-729, 150-450 words, transcript labels of this set.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkGold } from '../gold/check-gold-lib.mjs';

checkGold({
  root: path.dirname(fileURLToPath(import.meta.url)),
  first: 700,
  last: 729,
  transcript: /^(MR MILLER|Spokesman|LAGARDE|QUESTION|Question|Q):/m,
  words: [150, 450],
});
