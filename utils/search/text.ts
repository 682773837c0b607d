/**
 * Norwegian text analysis shared by the index builder, the query side and the MiniSearch comparison:
 * one tokeniser, so the two engines see the same terms.
 */

// Bokmål and nynorsk function words: frequent enough to say nothing about what an article is about.
const STOP_WORDS = new Set(
  (
    'og i jeg det at en et den til er som på de med han av ikke ikkje der så var meg seg men ett har om vi min mitt ha ' +
    'hadde hun ho nå no over da då ved fra frå du ut sin dem oss opp man kan hans hennes hvor kor eller hva kva skal selv ' +
    'sjøl her alle vil bli ble blei blitt kunne inn når være vere kom noen noe ville dere deres kun ja etter ned skulle ' +
    'denne for deg si sine sitt mot å meget hvorfor kvifor dette disse uten hvordan korleis ingen din ditt blir samme ' +
    'hvilken hvilke sånn inni mellom vår hver hvem kven vors hvis både bare berre enn fordi før mange også slik vært ' +
    'begge siden sidan dei eg ein eit elles hjå henne hennar medan mi mine mykje nokon noko nokre um upp vore verte ' +
    'vart under the a an of and to in is for on that with by at from this as are be or was'
  ).split(' '),
);

// Words every news story uses (time, counting, reporting verbs): they make unrelated articles look alike
// to a ranking that only sees how rare a word is in a small dataset. Left out of the index and of queries.
const NEWS_WORDS = new Set(
  (
    'år året årene åra dag dagen dager uke uka veke måned månad tid tida gang gangen ganger ' +
    'januar februar mars april mai juni juli august september oktober november desember ' +
    'mandag tirsdag onsdag torsdag fredag lørdag søndag klokka klokken ' +
    'sier sa seier sagt går gikk gjekk gått tar tok teke tatt bruk får fikk fekk fått gjør gjorde gjort kommer kjem ' +
    'vant satt sette står stod ligger fort godt helt hele heile mye mer mest flere fleire blant rundt ifølge mens ' +
    'igjen allerede andre annen annet anna ny nye nytt første siste stor store større største lang lenge ' +
    'prosent kroner millioner milliarder en to tre fire fem seks sju syv åtte ni ti hundre tusen'
  ).split(' '),
);

// Longest first, so "hetene" is removed before "ene" and "e" (a light, Snowball-like Norwegian stemmer).
const SUFFIXES = [
  'hetenes', 'hetene', 'hetens', 'hetane', 'heten', 'heter', 'endes', 'ingen', 'ingar', 'inger', 'ande', 'ende', 'edes',
  'enes', 'erte', 'ast', 'ane', 'ene', 'ens', 'ers', 'ets', 'het', 'ert', 'ing', 'ede', 'en', 'ar', 'er', 'as', 'es',
  'et', 'a', 'e',
];
const MIN_STEM = 3;

/**
 * Lower case by Norwegian rules, æ, ø and å kept, other diacritics dropped (é → e, ü → u),
 * so "Café" and "cafe" meet while "år" and "ar" stay apart.
 */
export function foldText(text: string): string {
  return text
    .normalize('NFD')
    .replace(/(?<![aA])\u030A|[\u0300-\u0309\u030B-\u036F]/g, '')
    .normalize('NFC')
    .toLocaleLowerCase('nb');
}

/** Splits text into words: letters and digits, with inner hyphens splitting too ("IT-sjef" → "it", "sjef"). */
export function splitWords(text: string): string[] {
  return text.match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** Removes one inflectional ending, keeping at least three letters: "kommunens" → "kommun", "skyen" → "sky". */
export function stem(word: string): string {
  if (word.length <= MIN_STEM || /^\d+$/.test(word)) return word;
  if (word.endsWith('s') && word.length > MIN_STEM + 1 && /[^aeiouyæøås]s$/.test(word) && !/ss$/.test(word)) {
    word = word.slice(0, -1);
  }
  for (const suffix of SUFFIXES) {
    if (word.length - suffix.length >= MIN_STEM && word.endsWith(suffix)) return word.slice(0, -suffix.length);
  }
  return word;
}

/** One raw word → its index term, or null for a stop word or a single letter. */
export function processTerm(word: string): string | null {
  const folded = foldText(word);
  // Bare numbers ("15", "2020") match across unrelated stories far more often than they identify one.
  if (folded.length < 2 || STOP_WORDS.has(folded) || NEWS_WORDS.has(folded) || /^\d+$/.test(folded)) return null;
  const stemmed = stem(folded);
  return NEWS_WORDS.has(stemmed) ? null : stemmed;
}

/** Text → index terms, in order, duplicates kept (term frequency counts). */
export function analyze(text: string): string[] {
  const terms: string[] = [];
  for (const word of splitWords(text)) {
    const term = processTerm(word);
    if (term) terms.push(term);
  }
  return terms;
}
