// Role mentions that stand for a person named earlier: "the minister", "the US Secretary of State",
// "the secretary of the Russian Security Council".
import type { Sentence } from '../types.js';
import { isCapitalised, isNameWord, type Token } from './names.js';
import { roleNationality } from './titles.js';
import { NATIONALITIES, ORG_WORDS, PLACES, ROLE_HEADS, ROLE_MODIFIERS } from './vocabulary.js';

export interface RoleMention { sentence: number; start: number; end: number; text: string }

/** Heads that name a group or a vague source, never one earlier person ("the official" is anyone). */
const VAGUE = new Set(['official', 'officials', 'source', 'expert', 'analyst', 'diplomat', 'representative', 'spokesman',
  'spokeswoman', 'spokesperson', 'aide', 'leaders', 'ministers', 'presidents', 'counterpart', 'counterparts', 'head']);

const isMod = (t: Token): boolean => !t.punct && (ROLE_MODIFIERS.has(t.lower) || t.lower in NATIONALITIES ||
  (isCapitalised(t.word) && (ORG_WORDS.has(t.lower) || PLACES.has(t.lower))));

/** Find "the <modifiers> <role head> [of the <organisation>]" phrases not followed by a name. */
export function findRoleMentions(sentences: readonly Sentence[], tokens: readonly Token[][]): RoleMention[] {
  const out: RoleMention[] = [];
  sentences.forEach((sentence, s) => {
    const toks = tokens[s] ?? [];
    for (let i = 0; i < toks.length; i++) {
      if (toks[i]?.lower !== 'the') continue;
      let j = i + 1;
      while (j < toks.length && isMod(toks[j] as Token) && !ROLE_HEADS.has(toks[j]?.lower ?? '')) j++;
      // Several heads may stack ("Secretary General"); take the last.
      let h = j;
      while (h < toks.length && ROLE_HEADS.has(toks[h]?.lower ?? '')) h++;
      if (h === j) continue;
      const head = toks[h - 1] as Token;
      if (VAGUE.has(head.lower)) continue;
      let end = h;
      // "the secretary of the Russian Security Council", "the Minister of Defence of Japan"
      while (toks[end]?.lower === 'of') {
        let k = end + 1;
        if (toks[k]?.lower === 'the') k++;
        const m0 = k;
        while (k < toks.length && isMod(toks[k] as Token)) k++;
        if (k === m0) break;
        end = k;
      }
      const next = toks[end];
      if (next && isNameWord(next)) continue; // a title before a name, not a role mention
      const last = toks[end - 1] as Token;
      const start = toks[i]?.start ?? 0;
      out.push({ sentence: s, start, end: last.end, text: sentence.text.slice(start, last.end) });
      i = end - 1;
    }
  });
  return out;
}

const words = (s: string): string[] => s.toLowerCase().replace(/[’']s\b/gu, '').split(/[^\p{L}.]+/u).filter(Boolean);

const roleMemo = new Map<string, boolean>();

/** True when a role mention ("the Russian minister") fits a person's role ("Russian Defense Minister"). */
export function matchesRole(mention: string, role: string): boolean {
  const key = `${mention}\u0000${role}`;
  const hit = roleMemo.get(key);
  if (hit !== undefined) return hit;
  const r = computeMatch(mention, role);
  if (roleMemo.size > 20_000) roleMemo.clear();
  roleMemo.set(key, r);
  return r;
}

function computeMatch(mention: string, role: string): boolean {
  const m = words(mention).filter((w) => w !== 'the' && w !== 'of' && w !== 'this' && w !== 'that');
  const r = new Set(words(role));
  const heads = m.filter((w) => ROLE_HEADS.has(w));
  if (heads.length === 0 || !heads.every((h) => r.has(h))) return false;
  const nat = roleNationality(mention);
  if (nat && nat !== roleNationality(role)) return false;
  return m.filter((w) => ROLE_MODIFIERS.has(w) && !(w in NATIONALITIES)).every((w) => r.has(w));
}
