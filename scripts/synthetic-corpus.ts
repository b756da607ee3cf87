// A deterministic synthetic news corpus for benchmarks: readouts and wire stories about fictional officials.
// Everything (names, places, outlets, dates, wording) is generated from our own templates and a seeded PRNG.
import type { RawArticle } from '../src/core/types.js';

/** mulberry32: small, fast, and the same sequence for the same seed on every machine. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Rng = () => number;
const pick = <T>(r: Rng, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)] as T;
const cap = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

const ONSETS = ['b', 'd', 'k', 'l', 'm', 'n', 'r', 's', 't', 'v', 'z', 'br', 'dr', 'gr', 'kl', 'st', 'tr', 'h', 'j', 'p'];
const VOWELS = ['a', 'e', 'i', 'o', 'u', 'ai', 'ei', 'ou'];
const CODAS = ['', '', 'n', 'r', 's', 'l', 'k', 'v', 'm', 'nd', 'rt'];

function word(r: Rng, syllables: number): string {
  let w = '';
  for (let i = 0; i < syllables; i++) w += pick(r, ONSETS) + pick(r, VOWELS) + (i === syllables - 1 ? pick(r, CODAS) : '');
  return cap(w);
}

interface Person {
  name: string;
  surname: string;
  country: string;
  role: string;
}

const ROLES = ['Foreign Minister', 'Defense Minister', 'Prime Minister', 'Finance Minister', 'national security adviser', 'Trade Minister', 'Energy Minister', 'President'];
const TOPICS = [
  'grain exports through the southern ports', 'a prisoner exchange', 'energy prices and gas transit', 'the ceasefire talks',
  'border security', 'sanctions relief', 'nuclear plant safety', 'a new trade corridor', 'military deconfliction',
  'humanitarian corridors', 'debt restructuring', 'water rights on the river',
];
const MODES = [
  ['spoke by phone with', 'phone'], ['held a telephone conversation with', 'phone'], ['met', 'in-person'],
  ['held talks with', 'in-person'], ['spoke by video link with', 'video'],
] as const;
const SAYS = ['said', 'told reporters', 'said in a statement', 'added', 'said on state television'];
const FILLER = [
  'Officials on both sides described the conversation as businesslike, though neither side announced an agreement.',
  'Analysts said the contact signalled a cautious thaw after months of silence between the two governments.',
  'The ministry published a short summary of the talks on its website later in the day.',
  'Markets reacted calmly to the news, with the currency little changed by the close of trading.',
  'Diplomats familiar with the preparations said a follow-up meeting could take place within weeks.',
  'Opposition lawmakers criticised the government for failing to consult parliament before the talks.',
  'The talks came as regional leaders prepared for a summit at which the issue is expected to dominate the agenda.',
  'Neither government commented on reports that a written proposal had been exchanged before the call.',
  'Humanitarian groups urged both sides to keep the corridors open during the winter months.',
  'Shipping companies said insurance costs would remain high until a durable arrangement was in place.',
  'The statement did not say who had requested the conversation or how long it lasted.',
  'Local media reported that the delegation arrived late on the previous evening under tight security.',
];
const QUOTES = [
  'We have agreed to keep the channels open and to meet again soon',
  'Our position has not changed and we expect concrete steps from the other side',
  'This was a frank and useful exchange on difficult questions',
  'There will be no agreement that ignores the interests of our citizens',
  'We are ready to work on practical solutions, step by step',
  'The situation on the ground remains serious and requires restraint from everyone',
];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

function makeWorld(r: Rng, n: number) {
  const countries = Array.from({ length: 40 }, () => word(r, 2 + Math.floor(r() * 2)) + 'ia');
  const outlets = Array.from({ length: 60 }, () => `The ${word(r, 2)} ${pick(r, ['Times', 'Herald', 'Post', 'Courier', 'Gazette', 'Daily'])}`);
  const agencies = Array.from({ length: 12 }, () => `${word(r, 2)} Press`);
  const persons: Person[] = Array.from({ length: Math.max(50, Math.min(4000, Math.floor(n / 5))) }, () => {
    const surname = word(r, 2 + Math.floor(r() * 2));
    const country = pick(r, countries);
    return { name: `${word(r, 2)} ${surname}`, surname, country, role: pick(r, ROLES) };
  });
  return { countries, outlets, agencies, persons };
}

const iso = (d: Date): string => d.toISOString().slice(0, 10);

/** `n` articles; consecutive articles often cover one event (same pair, same date) from different outlets. */
export function syntheticArticles(n: number, seed: number): RawArticle[] {
  const r = prng(seed);
  const world = makeWorld(r, n);
  const out: RawArticle[] = [];
  const start = Date.UTC(2019, 0, 1);
  while (out.length < n) {
    const a = pick(r, world.persons);
    let b = pick(r, world.persons);
    if (b === a) b = world.persons[(world.persons.indexOf(a) + 1) % world.persons.length] as Person;
    const day = new Date(start + Math.floor(r() * 365 * 5) * 86_400_000);
    const topic = pick(r, TOPICS);
    const [verb, _mode] = pick(r, MODES);
    const coverage = 1 + Math.floor(r() * 4);
    for (let k = 0; k < coverage && out.length < n; k++) {
      out.push(article(r, world, out.length, { a, b, day, topic, verb }));
    }
  }
  return out;
}

function article(
  r: Rng,
  world: ReturnType<typeof makeWorld>,
  index: number,
  e: { a: Person; b: Person; day: Date; topic: string; verb: string },
): RawArticle {
  const published = new Date(e.day.getTime() + Math.floor(r() * 2) * 86_400_000);
  const when = r() < 0.5 ? `on ${WEEKDAYS[e.day.getUTCDay()]}` : `on ${MONTHS[e.day.getUTCMonth()]} ${e.day.getUTCDate()}`;
  const outlet = pick(r, world.outlets);
  const title = `${e.a.surname} and ${e.b.surname} discuss ${e.topic}`;
  const paras: string[] = [];
  const layout = r();
  const lead = `${e.a.country} ${e.a.role} ${e.a.name} ${e.verb} ${e.b.country} ${e.b.role} ${e.b.name} ${when}, discussing ${e.topic}, officials said.`;
  if (layout < 0.4) paras.push(`${pick(r, world.countries).toUpperCase()} (${pick(r, world.agencies)}) — ${lead}`);
  else paras.push(lead);
  const speaker = r() < 0.5 ? e.a : e.b;
  paras.push(`“${pick(r, QUOTES)},” ${speaker.surname} ${pick(r, SAYS)}.`);
  for (let i = 0; i < 6; i++) paras.push(`${pick(r, FILLER)} ${pick(r, FILLER)} ${pick(r, FILLER)}`);
  const other = pick(r, world.persons);
  paras.push(`${other.country} ${other.role} ${other.name} ${pick(r, SAYS)}: “${pick(r, QUOTES)}.”`);
  paras.push(`The ${e.b.country} side said ${e.b.surname} had raised ${pick(r, TOPICS)} as well. ${pick(r, FILLER)}`);
  for (let i = 0; i < 4; i++) paras.push(`${pick(r, FILLER)} ${pick(r, FILLER)}`);
  if (layout >= 0.4 && layout < 0.7) paras.push(`Source: ${outlet}`);
  const header = layout >= 0.7 ? `---\ntitle: ${title}\ndate: ${iso(published)}\n---\n` : ` date ${iso(published)} `;
  const text = `${header}${layout >= 0.7 ? '' : `${title}\n\n`}${paras.join('\n\n')}\n`;
  return { file: `synthetic-${String(index).padStart(6, '0')}.txt`, text, outlet: layout >= 0.7 ? outlet : null };
}
