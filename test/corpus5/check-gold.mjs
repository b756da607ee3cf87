// Verifies gold.json against articles/*.txt beside this file. Run: node check-gold.mjs (from corpus5/).
// File numbers 900-929; transcript labels of this set (MS BRUCE / QUESTION, MEA 'Official Spokesperson, Shri Randhir
// Jaiswal' / 'Question (...)', UN 'Spokesman' / 'Question' / 'Correspondent', interview labels THE LEDGER / JOLY / Q);
// UK single quotation marks accepted by the soft quoted-paragraph check.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkGold } from '../gold/check-gold-lib.mjs';

checkGold({
  root: path.dirname(fileURLToPath(import.meta.url)),
  first: 900,
  last: 929,
  transcript: /^(MS BRUCE|QUESTION|Official Spokesperson, Shri Randhir Jaiswal|Question \([^)\n]*\)|Spokesman|Question|Correspondent|THE LEDGER|JOLY|Q):/m,
  singleMarks: true,
});
