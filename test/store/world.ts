// A small stored world for the knowledge contract: two calls reported by several outlets, namesakes, disagreements.
import type { FixtureArticle } from './fixtures.js';

const austin = { name: 'Lloyd Austin', role: 'US Secretary of Defense', aliases: ['Austin', 'Lloyd J. Austin III'] };
const shoigu = { name: 'Sergei Shoigu', role: 'Russian Defense Minister', aliases: ['Shoigu'] };
const jake = { name: 'Jake Sullivan', role: 'US National Security Adviser', aliases: ['Sullivan'] };
const john = { name: 'John Sullivan', role: 'US Ambassador to Russia' };
const patrushev = { name: 'Nikolai Patrushev', role: 'Secretary of the Russian Security Council', aliases: ['Patrushev'] };
const reznikov = { name: 'Oleksii Reznikov', role: 'Ukrainian Defense Minister', aliases: ['Oleksiy Reznikov', 'Reznikov'] };
const blinken = { name: 'Antony Blinken', role: 'US Secretary of State', aliases: ['Blinken'] };
const lavrov = { name: 'Sergei Lavrov', role: 'Russian Foreign Minister', aliases: ['Lavrov'] };
const polodyk = { name: 'Mikhailo Polodyk', role: 'adviser', aliases: ['Polodyk'] };
const milley = { name: 'Mark Milley', role: 'Chairman of the Joint Chiefs of Staff' };
const gerasimov = { name: 'Valery Gerasimov', role: 'Chief of the General Staff' };
const kuleba = { name: 'Dmytro Kuleba', role: 'Ukrainian Foreign Minister' };
const wang = { name: 'Wang Yi', role: 'Chinese Foreign Minister' };

export const MAY = 'call-2022-05-13';
export const OCT = 'call-2022-10-21';
export const MARCH = 'military-call-2023-03-03';
export const JULY = 'kuleba-wang-2022-07';

export const world: FixtureArticle[] = [
  {
    file: 'a1.txt',
    story: MAY,
    storyDate: '2022-05-13',
    storyTitle: 'Austin and Shoigu speak for the first time since the invasion',
    published: '2022-05-14',
    outlet: 'Outlet One',
    url: 'https://one.example/a1',
    people: [austin, shoigu, jake, john, patrushev],
    text: 'The Russian Foreign Ministry summoned US Ambassador to Russia John Sullivan on Monday.',
    contacts: [
      {
        participants: ['Lloyd Austin', 'Sergei Shoigu'],
        date: '2022-05-13',
        mode: 'phone',
        initiator: 'Lloyd Austin',
        duration: 'about an hour',
        evidence: 'On May 13, Lloyd Austin spoke by telephone with Sergei Shoigu for about an hour.',
      },
      {
        participants: ['Jake Sullivan', 'Nikolai Patrushev'],
        date: '2022-03-16',
        mode: 'phone',
        initiator: 'Jake Sullivan',
        evidence: 'National Security Adviser Jake Sullivan phoned Nikolai Patrushev on March 16.',
      },
    ],
    quotes: [
      { speaker: 'Lloyd Austin', text: 'Of course, I am disappointed, but nothing surprises me' },
      {
        speaker: 'Russian Defense Ministry',
        speakerKind: 'organisation',
        text: 'Topical issues of international security were discussed',
      },
    ],
  },
  {
    file: 'a2.txt',
    story: MAY,
    storyDate: '2022-05-13',
    outlet: 'Washington Post',
    people: [austin, shoigu],
    contacts: [{ participants: ['Lloyd Austin', 'Sergei Shoigu'], duration: 'about an hour', evidence: 'The two men talked for about an hour.' }],
    quotes: [
      {
        speaker: 'a senior US defense official',
        speakerKind: 'unnamed',
        text: 'We wanted this conversation from the start',
      },
    ],
  },
  {
    file: 'b1.txt',
    story: OCT,
    storyDate: '2022-10-21',
    storyTitle: 'Austin and Shoigu talk again',
    published: '2022-10-22',
    outlet: 'Outlet One',
    url: 'https://one.example/b1',
    people: [austin, shoigu, reznikov, blinken, lavrov],
    contacts: [
      {
        participants: ['Lloyd Austin', 'Sergei Shoigu'],
        date: '2022-10-21',
        mode: 'phone',
        evidence: 'Austin held a telephone conversation with Sergei Shoigu on Friday.',
      },
      { participants: ['Lloyd Austin', 'Oleksii Reznikov'], date: '2022-10-21', evidence: 'Austin also spoke with Oleksii Reznikov.' },
      { participants: ['Antony Blinken', 'Sergei Lavrov'], date: '2022-07', mode: 'phone', evidence: 'Blinken spoke to Lavrov by phone in July.' },
      {
        participants: ['Antony Blinken', 'Sergei Lavrov'],
        date: '2022-01',
        mode: 'in-person',
        evidence: 'The last time Blinken met with Sergei Lavrov was in January.',
      },
    ],
    quotes: [{ speaker: 'Antony Blinken', text: 'On the contrary, we see Russia doubling and tripling its aggression' }],
  },
  {
    file: 'b2.txt',
    story: OCT,
    storyDate: '2022-10-21',
    published: '2022-10-21',
    outlet: 'The Moscow Times',
    people: [austin, shoigu, { name: 'Pat Ryder', role: 'Pentagon spokesman' }],
    contacts: [
      { participants: ['Sergei Shoigu', 'Lloyd Austin'], date: '2022-10-21', mode: 'phone', evidence: 'Shoigu spoke by phone to Lloyd Austin.' },
    ],
    quotes: [{ speaker: 'Pat Ryder', text: 'Secretary Austin emphasized the importance of maintaining lines of communication' }],
  },
  {
    file: 'b3.txt',
    story: OCT,
    storyDate: '2022-10-21',
    outlet: 'Outlet Three',
    people: [austin, shoigu, reznikov, polodyk],
    contacts: [
      { participants: ['Sergei Shoigu', 'Lloyd Austin'], mode: 'phone', evidence: 'Shoigu had a telephone conversation with Lloyd Austin.' },
      { participants: ['Lloyd Austin', 'Oleksii Reznikov'], mode: 'phone', evidence: 'Austin had another phone call with Oleksiy Reznikov.' },
    ],
    quotes: [{ speaker: 'Mikhailo Polodyk', text: 'A country that invades its neighbours should not sit at the same table' }],
  },
  {
    file: 'c1.txt',
    story: MARCH,
    storyDate: '2023-03-03',
    storyTitle: 'Milley and Gerasimov talk',
    published: '2023-03-03',
    outlet: 'Outlet One',
    people: [milley, gerasimov],
    contacts: [
      {
        participants: ['Mark Milley', 'Valery Gerasimov'],
        date: '2023-03-03',
        mode: 'video',
        duration: 'about an hour',
        evidence: 'Milley and Gerasimov held a video call on March 3 that lasted about an hour.',
      },
    ],
  },
  {
    file: 'c2.txt',
    story: MARCH,
    storyDate: '2023-03-03',
    published: '2023-03-04',
    outlet: 'Outlet Two',
    people: [milley, gerasimov],
    contacts: [
      {
        participants: ['Valery Gerasimov', 'Mark Milley'],
        date: '2023-03-04',
        mode: 'phone',
        duration: 'about 30 minutes',
        evidence: 'Gerasimov and Milley spoke by phone on Saturday for about 30 minutes.',
      },
    ],
  },
  {
    file: 'd1.txt',
    story: JULY,
    storyDate: '2022-07-09',
    storyTitle: 'Kuleba meets Wang Yi',
    outlet: 'Outlet Four',
    people: [kuleba, wang],
    contacts: [{ participants: ['Dmytro Kuleba', 'Wang Yi'], mode: 'in-person', evidence: 'Kuleba met Wang Yi on the sidelines.' }],
  },
];
