// Verifies gold.json against articles/*.txt beside this file. Run: node check-gold.mjs (from corpus11/).
// File numbers 1500-1529; transcript labels of this set (the Philippine PCO briefing, 1511; the Chinese MFA press
// conference, 1520; the Pakistani MOFA weekly briefing, 1529). Single marks open quotes in some translated texts.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkGold } from '../gold/check-gold-lib.mjs';

checkGold({
  root: path.dirname(fileURLToPath(import.meta.url)),
  first: 1500,
  last: 1529,
  transcript: /^(USEC\. CASTRO|MODERATOR|Q|SPOKESPERSON GUO JIAKUN|SPOKESPERSON SHAFQAT ALI KHAN|QUESTION[^:\n]*|Montsame|AFP|CCTV|Reuters|Bloomberg|Ethiopian News Agency|Dragon TV):/m,
  singleMarks: true,
});
