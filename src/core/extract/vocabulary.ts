// Word lists that tell names from the capitalised words around them: titles, roles, nationalities, places, organisations.
// These are general English news vocabulary, never names of particular people.

const set = (words: string): Set<string> => new Set(words.trim().split(/\s+/).map((w) => w.toLowerCase()));

/** Nouns that head a role ("Defense Minister", "Pentagon spokesman", "adviser to the director"). */
export const ROLE_HEADS = set(`
  minister secretary undersecretary under-secretary president vice-president premier chancellor spokesman spokeswoman spokesperson adviser advisor
  ambassador envoy general admiral colonel chief chairman chairwoman chair director head leader governor mayor senator
  representative congressman congresswoman commander counterpart official deputy king queen prince princess pope
  sheikh emir amir judge justice attorney prosecutor lawyer aide professor economist ceo executive officer secretary-general
  lieutenant major captain sergeant brigadier marshal commissioner speaker lawmaker mp mep diplomat negotiator
  coordinator founder manager coach analyst researcher expert president-elect ruler monarch dictator sultan
  administrator superintendent inspector chairperson presidents ministers officials leaders spokespeople
  analysts diplomats counterparts envoys generals ambassadors advisers advisors secretaries mogul tycoon
  economist strategist strongman activist campaigner candidate nominee politician ayatollah cardinal archbishop bishop rabbi imam
  mufti patriarch metropolitan chief-of-staff boss owner editor correspondent reporter columnist journalist
  mediator rapporteur ombudsman
`);

// "Vice-Minister", "co-chair", "ex-president", "Deputy-Governor": a prefixed head is a head.
for (const h of [...ROLE_HEADS]) for (const pre of ['vice-', 'deputy-', 'co-', 'ex-']) ROLE_HEADS.add(pre + h);

/**
 * Styles of address that belong to the name, not to an office ("Health Secretary Dr Priya Nandakumar", "Shri Narendra
 * Modi", "Acting Foreign Minister Mawlawi Jamal Rahimi"): every one is also a NAME_TITLE.
 */
export const NAME_STYLES = set(`
  mr mrs ms miss dr sir dame lord lady baroness baron h.e prof sheikh sheikha mawlawi maulana mullah
  shri smt shrimati hon'ble hon’ble
`);

/** Abbreviated given names, written like initials: "Md." and "Mohd." (Mohammad), "Ma." (Maria). */
export const GIVEN_ABBREVIATIONS = new Set(['md', 'mohd', 'muhd', 'ma']);

/** Titles that may stand directly before a surname ("Mr Blair", "Gen. Milley", "Secretary Austin"). */
export const NAME_TITLES = set(`
  mr mr. mrs mrs. ms ms. miss dr dr. sir dame lord lady gen gen. general minister secretary president premier
  chancellor senator sen sen. rep rep. gov gov. governor ambassador admiral adm adm. col col. colonel lt lt. lieutenant
  maj maj. major capt capt. captain sgt sgt. sergeant prof prof. professor judge justice pope king queen prince
  princess sheikh chairman director mayor commissioner chief brigadier marshal field commander ayatollah cardinal
  archbishop bishop rabbi imam father sister brother emir amir sultan speaker deputy vice prime foreign defense defence
  interior finance lieutenant-general major-general brig. gens. mrs sheikha president-elect baroness baron
  undersecretary under-secretary usec usec.
  h.e commissioner envoy brig rear vice-admiral honorable honourable hon hon. highness excellency majesty eminence
  holiness smt.
`);
for (const w of NAME_STYLES) NAME_TITLES.add(w);
for (const h of ['minister', 'president', 'premier', 'chancellor', 'governor', 'secretary', 'chair', 'chairman', 'director'])
  for (const pre of ['vice-', 'deputy-', 'co-']) NAME_TITLES.add(pre + h);

/** Capitalised words that belong to a role phrase, never to a name ("Defense", "Security", "Joint", "Staff"). */
export const ROLE_MODIFIERS = set(`
  defense defence foreign external interior home finance security national state deputy vice first chief joint staff
  general prime armed forces navy naval army air force military intelligence justice health economy economic trade
  energy affairs council department ministry office house white senate pentagon kremlin presidential executive
  federal supreme high senior principal assistant acting former special top main lead press communications
  treasury homeland agriculture education labor labour transport environment culture sports emergency situations
  development commerce industry digital public international european union defense-ministry nuclear atomic
  ukrainian-president's president's secretary-general staff chiefs central committee commission cabinet
  government administration parliament parliamentary legislative republican democratic conservative labour
  extraordinary plenipotentiary natural resources mining fisheries tourism infrastructure housing climate
  planning investment youth welfare employment technology science innovation aviation railways maritime petroleum
  heritage veterans
`);

/** Nationality adjectives and their country, for "the American side" and counterpart roles. */
export const NATIONALITIES: Record<string, string> = {
  us: 'us', 'u.s.': 'us', american: 'us', usa: 'us', 'u.s': 'us', americans: 'us',
  russian: 'ru', russia: 'ru', ukrainian: 'ua', ukraine: 'ua', british: 'gb', uk: 'gb', 'u.k.': 'gb', english: 'gb',
  french: 'fr', france: 'fr', german: 'de', germany: 'de', chinese: 'cn', china: 'cn', japanese: 'jp', japan: 'jp',
  indian: 'in', india: 'in', israeli: 'il', israel: 'il', palestinian: 'ps', iranian: 'ir', iran: 'ir',
  turkish: 'tr', turkey: 'tr', türkiye: 'tr', turkiye: 'tr', italian: 'it', italy: 'it', spanish: 'es', spain: 'es', polish: 'pl', poland: 'pl',
  canadian: 'ca', canada: 'ca', australian: 'au', australia: 'au', saudi: 'sa', egyptian: 'eg', egypt: 'eg',
  syrian: 'sy', syria: 'sy', iraqi: 'iq', iraq: 'iq', korean: 'kr', pakistani: 'pk', pakistan: 'pk',
  belarusian: 'by', belarus: 'by', qatari: 'qa', qatar: 'qa', emirati: 'ae', brazilian: 'br', brazil: 'br',
  mexican: 'mx', mexico: 'mx', dutch: 'nl', swedish: 'se', sweden: 'se', finnish: 'fi', finland: 'fi',
  norwegian: 'no', norway: 'no', danish: 'dk', denmark: 'dk', hungarian: 'hu', hungary: 'hu', greek: 'gr',
  greece: 'gr', austrian: 'at', austria: 'at', swiss: 'ch', belgian: 'be', irish: 'ie', ireland: 'ie',
  venezuelan: 've', cuban: 'cu', afghan: 'af', lebanese: 'lb', jordanian: 'jo', kazakh: 'kz', georgian: 'ge',
  armenian: 'am', azerbaijani: 'az', serbian: 'rs', romanian: 'ro', moldovan: 'md', lithuanian: 'lt', latvian: 'lv',
  estonian: 'ee', czech: 'cz', slovak: 'sk', bulgarian: 'bg', croatian: 'hr', european: 'eu', nigerian: 'ng',
  kenyan: 'ke', ethiopian: 'et', vietnamese: 'vn', indonesian: 'id', thai: 'th', filipino: 'ph', taiwanese: 'tw',
  argentine: 'ar', chilean: 'cl', colombian: 'co', peruvian: 'pe', yemeni: 'ye', libyan: 'ly',
  sudanese: 'sd', moroccan: 'ma', algerian: 'dz', tunisian: 'tn', portuguese: 'pt', slovenian: 'si', kyrgyz: 'kg',
  uzbek: 'uz', tajik: 'tj', mongolian: 'mn', bahraini: 'bh', omani: 'om', kuwaiti: 'kw', emirates: 'ae',
  latvia: 'lv', lithuania: 'lt', estonia: 'ee', kazakhstan: 'kz', armenia: 'am', azerbaijan: 'az', serbia: 'rs',
  romania: 'ro', moldova: 'md', czechia: 'cz', slovakia: 'sk', bulgaria: 'bg', croatia: 'hr', nigeria: 'ng',
  kenya: 'ke', ethiopia: 'et', congo: 'cd', congolese: 'cd', rwanda: 'rw', rwandan: 'rw', angola: 'ao', angolan: 'ao', vietnam: 'vn', indonesia: 'id', thailand: 'th', philippines: 'ph', philippine: 'ph',
  taiwan: 'tw', argentina: 'ar', chile: 'cl', colombia: 'co', peru: 'pe', yemen: 'ye', libya: 'ly', sudan: 'sd',
  morocco: 'ma', algeria: 'dz', tunisia: 'tn', portugal: 'pt', slovenia: 'si', kyrgyzstan: 'kg', uzbekistan: 'uz',
  tajikistan: 'tj', mongolia: 'mn', bahrain: 'bh', oman: 'om', kuwait: 'kw', netherlands: 'nl', switzerland: 'ch',
  belgium: 'be', korea: 'kr', lebanon: 'lb', jordan: 'jo', afghanistan: 'af', venezuela: 've', cuba: 'cu',
  // More countries and their adjectives: "President Hamid Osei of Ghana" … "the Ghanaian president".
  ghana: 'gh', ghanaian: 'gh', senegal: 'sn', senegalese: 'sn', 'south african': 'za', zimbabwe: 'zw', zimbabwean: 'zw',
  tanzania: 'tz', tanzanian: 'tz', uganda: 'ug', ugandan: 'ug', zambia: 'zm', zambian: 'zm', mozambique: 'mz',
  mozambican: 'mz', namibia: 'na', namibian: 'na', botswana: 'bw', malawi: 'mw', malawian: 'mw', mali: 'ml', malian: 'ml',
  niger: 'ne', nigerien: 'ne', chad: 'td', chadian: 'td', cameroon: 'cm', cameroonian: 'cm', ivorian: 'ci',
  somalia: 'so', somali: 'so', eritrea: 'er', eritrean: 'er', djibouti: 'dj', burundi: 'bi', burundian: 'bi',
  gabon: 'ga', gabonese: 'ga', guinea: 'gn', guinean: 'gn', liberia: 'lr', liberian: 'lr', sierra: 'sl', togo: 'tg',
  togolese: 'tg', benin: 'bj', beninese: 'bj', mauritania: 'mr', mauritanian: 'mr', madagascar: 'mg', malagasy: 'mg',
  malaysia: 'my', malaysian: 'my', singapore: 'sg', singaporean: 'sg', cambodia: 'kh', cambodian: 'kh', laos: 'la',
  lao: 'la', myanmar: 'mm', burmese: 'mm', bangladesh: 'bd', bangladeshi: 'bd', nepal: 'np', nepalese: 'np',
  nepali: 'np', lanka: 'lk', lankan: 'lk', maldives: 'mv', maldivian: 'mv', bhutan: 'bt', bhutanese: 'bt',
  zealand: 'nz', 'new zealand': 'nz', fijian: 'fj', fiji: 'fj', iceland: 'is', icelandic: 'is', luxembourg: 'lu',
  maltese: 'mt', malta: 'mt', cyprus: 'cy', cypriot: 'cy', macedonian: 'mk', bosnian: 'ba', montenegrin: 'me',
  ecuador: 'ec', ecuadorian: 'ec', bolivia: 'bo', bolivian: 'bo', paraguay: 'py', paraguayan: 'py', uruguay: 'uy',
  uruguayan: 'uy', guatemala: 'gt', guatemalan: 'gt', honduras: 'hn', honduran: 'hn', salvadoran: 'sv',
  nicaragua: 'ni', nicaraguan: 'ni', panama: 'pa', panamanian: 'pa', haiti: 'ht', haitian: 'ht', dominican: 'do',
  jamaica: 'jm', jamaican: 'jm', turkmen: 'tm', turkmenistan: 'tm', israelis: 'il', emirate: 'ae',
  vatican: 'va', scottish: 'gb', welsh: 'gb', britain: 'gb', spaniard: 'es', mexicans: 'mx',
  kazakhstani: 'kz', kosovo: 'xk', kosovar: 'xk', albania: 'al', albanian: 'al', montenegro: 'me', bosnia: 'ba',
};

/** The keys of NATIONALITIES as a Set: `in` on an object is slower and also sees "constructor". */
export const NATIONALITY_WORDS: ReadonlySet<string> = new Set(Object.keys(NATIONALITIES));

/** Institutions that stand for their country in roles and "sides": "senior Kremlin aide", "the Pentagon". */
export const INSTITUTIONS: Record<string, string> = {
  kremlin: 'ru', duma: 'ru', pentagon: 'us', 'white house': 'us', 'state department': 'us', congress: 'us',
  'downing street': 'gb', whitehall: 'gb', 'foreign office': 'gb', elysee: 'fr', 'élysée': 'fr', "quai d'orsay": 'fr',
  bundestag: 'de', knesset: 'il', rada: 'ua', 'verkhovna rada': 'ua', itamaraty: 'br', 'state house': 'ke',
};

/** Places: countries, capitals, regions and cities that news often names next to people. */
export const PLACES = set(`
  albania angola bahrain bangladesh benin bolivia botswana burkina faso burundi cambodia cameroon colombia congo
  cyprus czechia djibouti ecuador eritrea gabon gambia ghana guatemala guinea haiti honduras iceland jamaica kuwait
  kyrgyzstan laos liberia luxembourg madagascar malawi mali malta mauritania mongolia montenegro mozambique myanmar
  namibia nepal nicaragua niger oman palestine panama paraguay peru portugal rwanda senegal slovenia somalia
  tajikistan tanzania togo turkmenistan uganda uruguay zambia zimbabwe
  russia ukraine moscow kyiv kiev washington america europe asia africa london paris berlin beijing tokyo delhi
  jerusalem gaza israel iran tehran turkey ankara istanbul brussels geneva vienna warsaw minsk belarus crimea
  donbas donbass donetsk luhansk kharkiv kharkov izium slovyansk popasna lyman odesa odessa mariupol kherson
  zaporizhzhia bakhmut china japan india pakistan syria damascus iraq baghdad afghanistan kabul egypt cairo
  saudi arabia riyadh qatar doha dubai emirates lebanon beirut jordan amman yemen france germany britain england
  scotland wales ireland italy rome spain madrid poland sweden finland norway denmark estonia latvia lithuania
  canada mexico brazil argentina chile venezuela cuba australia indonesia jakarta korea seoul pyongyang taiwan
  taipei vietnam viet hanoi philippines manila thailand bangkok singapore malaysia georgia tbilisi armenia azerbaijan
  kazakhstan uzbekistan moldova romania hungary budapest serbia belgrade greece athens switzerland netherlands
  belgium austria czech prague slovakia bulgaria croatia kosovo bosnia sarajevo africa nigeria kenya ethiopia
  sudan libya tunisia algeria morocco york california texas florida virginia new chicago boston
  sochi petersburg st. st minsk ankara helsinki stockholm oslo copenhagen lisbon dublin edinburgh kremlin
  pentagon hill street island islands sea ocean river gulf strait bay mountains valley east west north south eastern
  western northern southern central middle the indonesia bali davos munich normandy istanbul jeddah
  mideast balkans baltic baltics caucasus siberia arctic pacific atlantic mediterranean black red caspian
  americas latin union united states kingdom republic federation emirate nations oblast region province county city
  district village town türkiye turkiye indo-pacific southeast northeast southwest northwest asian african
  élysée elysee
  kuala lumpur nairobi abuja accra dakar addis ababa islamabad dhaka colombo kathmandu tashkent astana almaty baku
  yerevan brasília brasilia bogotá bogota buenos aires montevideo caracas havana ottawa canberra
  wellington pretoria kinshasa kampala kigali luanda harare rabat algiers tunis tripoli khartoum muscat manama
  ulaanbaatar phnom penh vientiane naypyidaw bamako ouagadougou niamey ndjamena n'djamena mogadishu asmara juba
`);

/** Day and month words, capitalised at a sentence's start or in dates. */
export const TIME_WORDS = set(`
  monday tuesday wednesday thursday friday saturday sunday january february march april june july august september
  october november december today tonight yesterday tomorrow
`);

/** Words that make a capitalised span an organisation, outlet, event or thing rather than a person. */
export const ORG_WORDS = set(`
  ministry department council community office agency post times news journal party committee union bank institute
  university college school group forces army navy house senate congress parliament court church company corp
  corporation inc ltd llc island islands river sea ocean street square airport station channel network service services
  organization organisation association federation republic kingdom states nations alliance summit conference
  centre center foundation fund program programme project club league cup games olympics festival award prize
  reuters afp tass ria ap bbc cnn nbc abc cbs msnbc telegram twitter facebook instagram youtube tiktok
  whatsapp google apple microsoft amazon nato eu un g7 g20 opec who imf wto icc osce asean brics monday tuesday
  confederation board society trust forum academy industries systems technologies team olympic paralympic
  robotics cooperation plant minerals earths resources holdings partners mining motors airlines pharmaceuticals
  championship championships tournament capitol summit secretariat commission directorate inspectorate
  wednesday thursday friday saturday sunday january february march september october november december
  feb mar apr jun jul aug sep sept oct nov dec today tonight yesterday tomorrow
  christmas easter ramadan covid-19 covid coronavirus internet web media press daily weekly herald tribune
  gazette guardian observer independent telegraph mirror express chronicle review magazine wire radio tv
  television interfax novosti izvestia kommersant pravda vedomosti gov.uk ministry's council's bureau
  directorate command headquarters authority authorities commission administration government cabinet
  parliament duma rada knesset assembly legislature police guard brigade battalion regiment division corps
  fleet militia wagner hamas hezbollah taliban isis al-qaeda space facebook x inc. co. limited holdings
  airlines airways motors energy oil gas petroleum capital partners bloc coalition movement front mission
  embassy consulate security
  palace camp room hall shoal reef treaty accord pact dialogue war semiconductors semiconductor operator market
  care contact democrat democrats republicans liberal strategic initiative plan doctrine meeting
`);

/** Capitalised words that open sentences or clauses and are never part of a name. */
export const FUNCTION_WORDS = set(`
  the a an and but or nor so yet for of in on at to by with from as if when while after before since until
  during despite although though because however meanwhile moreover also then thus this that these those there
  here he she it they we i you his her its their our my your him them us me who whom whose which what where why how
  all any both each every few many most other some such no not only own same than too very can will just should
  now earlier later last next first second third one two three four five six seven eight nine ten according
  asked speaking said says told reported added yes mr mrs ms dr sir madam dear let please thank thanks hello
  read more keep source updated follow share subscribe contribute support photo video watch listen see
  several another new former current topical against amid over under about around between through into
  upon within without towards toward across behind beyond along among per via whether either neither
  ahead separately additionally furthermore nevertheless instead still even already again often never always
  ever perhaps maybe indeed relations each most our its it's we're i'm he's she's they're don't won't
  during of people officials others everyone nobody somebody anyone his hers mine ours yours theirs
`);

export const MONTHS = [
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november',
  'december',
];

export const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];

/** Words that are organisation or place words but also common surnames ("Fiona Hill", "Helen Fox"): a name's last
 * word after a given name. */
export const SURNAME_OK = set('hill king major young rice price bush rose wood ford chase church bishop fox court sen thai');

/** The Arabic article glued to a name by a hyphen, as transliterations spell it ("al-Sisi", "El-Sisi", "es-Sisi"). */
export const ARABIC_ARTICLES = 'al|el|ad|ed|ar|er|as|es|at|et|az|ez|an|en|ash';

/** Name particles that may stand lower-case inside a name ("Ursula von der Leyen"). */
export const NAME_PARTICLES = set('von van der den de del della di da du le la bin ibn al el abu dos das ter');

/** Generational suffixes that end a name and are dropped from the short form ("Lloyd J. Austin III"). */
export const NAME_SUFFIXES = set('jr jr. sr sr. ii iii iv');

/** The country a word refers to, when it is a nationality or country word. */
export function nationalityOf(word: string): string | null {
  return NATIONALITIES[word.toLowerCase()] ?? null;
}
