// Verifies gold.json against articles/*.txt beside this file. Run: node check-gold.mjs (from corpus4/).
// File numbers 800-829; transcript labels of this set.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkGold } from '../gold/check-gold-lib.mjs';

checkGold({
  root: path.dirname(fileURLToPath(import.meta.url)),
  first: 800,
  last: 829,
  transcript: /^(MR\. KIRBY|MS\. JEAN-PIERRE|SPOKESPERSON MAO NING|PRESIDENT MACRON|PRIME MINISTER DE WEVER|NATO SECRETARY GENERAL MARK RUTTE|ALLISON HART[^:\n]*|QUESTION|Q):/m,
});
