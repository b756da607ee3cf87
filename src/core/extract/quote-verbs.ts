// Vocabulary of attribution: reporting verbs, the words that may stand between a speaker and the verb, and the
// nouns that head a speaker phrase ("a senior official", "the ministry").

const set = (words: string): ReadonlySet<string> => new Set(words.trim().split(/\s+/u));

/**
 * Verbs that introduce or close a quotation: '"…," Blinken said', 'X told reporters: "…"', 'X wrote on Twitter'.
 * Characterising verbs ("called it", "described as", "considered") are included because a partial quote after them is
 * the subject's wording ('Biden called Putin a "war criminal"').
 */
const FINITE = `said says say told tells added adds noted notes stressed stresses emphasized emphasised emphasizes
  emphasises warned warns promised promises wrote writes stated states declared declares explained explains insisted
  insists asked asks urged urges replied replies responded responds continued continues argued argues claimed claims
  acknowledged acknowledges admitted admits announced announces confirmed confirms recalled recalls observed remarked
  commented comments suggested suggests predicted predicts vowed vows pledged pledges cautioned complained conceded
  concluded reported reports tweeted posted clarified clarifies assured assures reiterated reiterates underlined
  underscored mentioned mentions described describes called calls considered considers quipped joked shouted
  demanded demands announced countered retorted added affirmed affirms alleged told briefed testified boasted
  lamented agreed disagreed denied denies accused accuses charged summed cited repeated repeats highlighted`;

/** Present participles that continue the previous speaker: '"…," he said, adding "…"'. */
const PARTICIPLES = `adding saying noting stressing emphasizing emphasising warning explaining insisting arguing
  writing telling asking urging claiming declaring stating continuing recalling describing calling`;

/** Verbs whose agent follows in a fragment paragraph: "provided by the Pentagon.", "reported in the Security Council." */
const PASSIVE = `provided delivered reported released published issued announced stated quoted cited circulated
  distributed posted transmitted conveyed`;

export const FINITE_SET = set(FINITE);
export const PARTICIPLE_SET = set(PARTICIPLES);
export const PASSIVE_SET = set(PASSIVE);

/** One alternation for every verb form; longest first is not needed because of the \b on both sides. */
const ALL = [...new Set([...FINITE_SET, ...PARTICIPLE_SET, ...PASSIVE_SET])].join('|');

/** Finds reporting verbs (and "according to") in a masked sentence; lower case only, so "the United States" is no verb. */
export const REPORTING_RE = new RegExp(`\\b(?:[Aa]ccording to|[Ii]n the words of|${ALL})\\b`, 'gu');
/** The same for headlines, where verbs are capitalised ("Russia Says Blasts Were 'Sabotage'"). */
export const HEADLINE_REPORTING_RE = new RegExp(REPORTING_RE.source, 'giu');

/** Words allowed between a speaker and the verb: "Blinken also said", "the ministry has repeatedly warned". */
export const ADVERBS = set(`also then later further again once previously earlier personally reportedly publicly
  separately recently repeatedly has had have was were is are would will did does had already subsequently
  immediately quickly firmly flatly bluntly angrily simply just first last finally additionally meanwhile however
  himself herself itself themselves officially formally privately openly directly explicitly specifically clearly`);

export const PRONOUNS: Readonly<Record<string, 'he' | 'she' | 'it' | 'they'>> = {
  he: 'he', him: 'he', she: 'she', her: 'she', it: 'it', they: 'they', them: 'they',
};

/** Articles and quantifiers that open a speaker phrase; indefinite ones introduce an unnamed speaker. */
export const DEFINITE = set('the this that these those');
export const INDEFINITE = set('a an one another two three four several some many other');

/** Words that end a speaker phrase when read backwards from the verb (function words, verbs, conjunctions). */
export const STOP = set(`and or but nor so yet if when while as because since although though that which who whom
  whose what where why how to in on at by with from into onto upon about against between among during after before
  over under above below through without within across for of than then not no is was were are be been being am do
  does did has have had will would can could may might must shall should it its they them their we us our you your
  i me my he him his she her there here this these those such said says told added also just only even still very
  more most less least many much few all any each every both either neither other another same own not nor`);

/**
 * Nouns that can head an unnamed or organisational speaker phrase: "a senior US defense official", "the ministry",
 * "a source", "a spokesman for the Pentagon", "a statement from the Kremlin".
 */
export const SPEAKER_NOUNS = set(`official officials source sources spokesman spokeswoman spokesperson spokespeople
  spokesmen spokeswomen minister ministers ministry department secretary president premier chancellor agency
  government council office adviser advisor advisers advisors aide aides diplomat diplomats analyst analysts expert
  experts lawyer lawyers attorney prosecutor prosecutors police army military command commander general admiral
  officer officers representative representatives envoy ambassador embassy statement statements readout note
  release report communique witness witnesses resident residents person people member members leader leaders chief
  head director chairman chairwoman chair senator lawmaker lawmakers legislator governor mayor judge court company
  firm committee commission campaign party administration authorities authority service services spokesperson
  insider insiders observer observers negotiator negotiators executive executives employee employees staffer
  staffers soldier soldiers voice delegation mission operator agencies regulator regulators board ministries
  cabinet parliament senate congress presidency kremlin pentagon palace headquarters bureau staff team group
  coalition alliance union federation organisation organization institute center centre bank fund newspaper
  broadcaster outlet channel network station daily message announcement commissioner commissioners king queen
  prince princess pope ceo chairperson founder owner manager coach captain congressman congresswoman speaker deputy
  undersecretary consul counsellor counselor economist scientist researcher professor doctor nurse teacher student
  farmer worker workers activist activists campaigner protester protesters survivor victim father mother wife
  husband son daughter sister brother friend neighbour neighbor candidate nominee incumbent challenger rebel
  militant colonel lieutenant sergeant investigator inspector auditor treasurer administrator coordinator organiser
  organizer host author writer journalist reporter editor correspondent columnist justice magistrate defender
  solicitor barrister boss premier monarch emir sheikh ayatollah cleric bishop rabbi imam priest veteran
  secretary-general governor-general prime lender`);

/**
 * Unnamed speakers described by what they know or where they sit: "a diplomat familiar with the talks",
 * "a senior official in Berlin", "a source close to the president". Bounded so the match stays linear.
 */
export const POSTMODIFIED_RE = new RegExp(
  '(?:^|[\\s,(])((?:an?|one|another|two|three|several|some|the)\\s+(?:[\\p{L}.-]+\\s+){0,4}?' +
  '(?:officials?|sources?|diplomats?|spokes(?:man|woman|person)|aides?|advisers?|person|people|members?|analysts?|' +
  'experts?|officers?|lawyers?|negotiators?|insiders?|representatives?)\\s+' +
  '(?:familiar with|close to|with knowledge of|briefed on|involved in|in|at|from|with)\\s+' +
  '(?:the\\s+)?[\\p{L}’\'-]+(?:\\s+[\\p{L}’\'-]+){0,2}?)\\s*$', 'u');

/** Heads that make a phrase an organisation rather than a person ("the ministry", "The Pentagon said"). */
export const ORG_HEADS = set(`ministry ministries department agency agencies government council office command
  embassy police army military court company firm committee commission campaign party administration authorities
  authority service services delegation mission board cabinet parliament senate congress presidency kremlin
  pentagon palace headquarters bureau coalition alliance union federation organisation organization institute center
  centre bank fund newspaper broadcaster outlet channel network station daily house hall forces navy guard
  secretariat directorate inspectorate regime junta politburo duma rada knesset assembly lender group`);

/** Heads that are documents rather than speakers: "a statement from the ministry" → the ministry. */
export const DOCUMENT_HEADS = set('statement statements readout note release report communique message announcement');

/** Heads that make a phrase plural ("officials said") for "they" resolution. */
export const PLURAL_HEADS = set(`officials sources spokespeople spokesmen spokeswomen ministers advisers advisors aides
  diplomats analysts experts lawyers prosecutors officers representatives witnesses residents people members leaders
  lawmakers insiders observers negotiators executives employees staffers soldiers authorities`);

/** Honorifics stripped from an unresolved personal name ("Mr Blair" → "Blair"). */
export const HONORIFICS = set('mr mr. mrs mrs. ms ms. dr dr. sir dame lord lady prof prof. madam');

/**
 * Capitals and country names used as metonyms for a government, mapped to the adjective the article's organisation
 * names use: "Moscow's Defense Ministry" names the same body as "the Russian Defense Ministry".
 */
export const PLACE_ADJECTIVES: Readonly<Record<string, string>> = {
  moscow: 'Russian', russia: 'Russian', washington: 'US', 'united states': 'US', us: 'US', 'u.s.': 'US',
  america: 'US', kyiv: 'Ukrainian', kiev: 'Ukrainian', ukraine: 'Ukrainian', beijing: 'Chinese', china: 'Chinese',
  london: 'British', britain: 'British', 'united kingdom': 'British', uk: 'British', paris: 'French',
  france: 'French', berlin: 'German', germany: 'German', tokyo: 'Japanese', japan: 'Japanese', tehran: 'Iranian',
  iran: 'Iranian', ankara: 'Turkish', turkey: 'Turkish', warsaw: 'Polish', poland: 'Polish', minsk: 'Belarusian',
  belarus: 'Belarusian', jerusalem: 'Israeli', israel: 'Israeli', 'new delhi': 'Indian', india: 'Indian',
  rome: 'Italian', italy: 'Italian', madrid: 'Spanish', spain: 'Spanish', ottawa: 'Canadian', canada: 'Canadian',
  seoul: 'South Korean', pyongyang: 'North Korean', brussels: 'Belgian', riyadh: 'Saudi', cairo: 'Egyptian',
  damascus: 'Syrian', baghdad: 'Iraqi', kabul: 'Afghan', islamabad: 'Pakistani', tbilisi: 'Georgian',
  canberra: 'Australian', australia: 'Australian', 'mexico city': 'Mexican', mexico: 'Mexican',
};
