// A last-resort language guess for pages that declare none: the writing system, then the most frequent
// function words. Small on purpose; it only has to tell apart the languages of news sites.

const SCRIPTS: [RegExp, string][] = [
  [/[\u3040-\u30ff]/g, 'ja'],
  [/[\uac00-\ud7af]/g, 'ko'],
  [/[\u4e00-\u9fff]/g, 'zh'],
  [/[\u0400-\u04ff]/g, 'ru'],
  [/[\u0370-\u03ff]/g, 'el'],
  [/[\u0590-\u05ff]/g, 'he'],
  [/[\u0600-\u06ff]/g, 'ar'],
];

// Frequent short words; words two languages share count for both.
const WORDS: Record<string, string> = {
  en: 'the and of to in is that for with was on are as have it by from this be at',
  no: 'og i det som er en på til av ikke med har for de var ble etter også hva meg seg nå kan om',
  da: 'og i det som er en på til af ikke med har for de var blev efter også hvad mig sig nu kan om',
  sv: 'och i att det som en på är av för med inte har var till den ett om också',
  de: 'der die und in den von zu das mit sich des auf für ist im nicht ein eine dem auch',
  fr: 'le la les de des et en un une est que pour dans du au sur pas par',
  es: 'el la de que y en los del se las por un para con una al es',
  it: 'il di che la e per un in del non sono della le si',
  pt: 'de que e o da do em um para com não uma os no se',
  nl: 'de het een en van in is op dat te zijn niet met',
  fi: 'ja on ei se että oli hän mutta ovat myös kun',
};
const TABLE = new Map<string, string[]>();
for (const [lang, words] of Object.entries(WORDS)) {
  for (const word of words.split(' ')) TABLE.set(word, [...(TABLE.get(word) ?? []), lang]);
}

/** ISO 639-1 code of the text's language, or null when the text is too short or unclear. */
export function guessLanguage(text: string): string | null {
  const sample = text.slice(0, 5000);
  for (const [pattern, lang] of SCRIPTS) {
    if ((sample.match(pattern)?.length ?? 0) > 20) return lang;
  }
  const counts = new Map<string, number>();
  let total = 0;
  for (const word of sample.toLowerCase().match(/[a-z\u00df-\u024f]+/g) ?? []) {
    for (const lang of TABLE.get(word) ?? []) counts.set(lang, (counts.get(lang) ?? 0) + 1);
    total++;
  }
  const [best, second] = [...counts].sort((a, b) => b[1] - a[1]);
  return best && total >= 20 && best[1] >= 5 && best[1] > (second?.[1] ?? 0) ? best[0] : null;
}
