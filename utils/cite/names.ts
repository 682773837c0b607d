import type { CiteLang } from './dates';

/** One author: a person split into name parts, or a name that must stay whole (an organisation). */
export type CiteName = { family: string; given: string; particle?: string } | { literal: string };

// Surname particles that belong to the family name ("Kristin von der Lippe" → "von der Lippe, K.").
const PARTICLES = new Set(['af', 'av', 'da', 'de', 'del', 'della', 'den', 'der', 'di', 'du', 'la', 'le', 'ten', 'ter', 'van', 'von', 'zu']);

// Bylines that name a desk rather than a person ("Our Foreign Staff", "Nyhetsdesken").
const DESK = /\b(?:staff|reporters?|desk|news|nyheter|nyhetsdesken|redaksjonen|correspondents?)\b/i;

/**
 * Splits a name as written on a page or in the dataset. A byline can hold an organisation or a news
 * agency ("Trondheim kommune", "NTB", "Atea ASA"): a lower-case word that is not a particle, or a
 * closing word in capitals, marks a name that is kept whole rather than turned into "kommune, T.".
 */
export function parseName(name: string): CiteName {
  const text = name.replace(/\s+/g, ' ').trim();
  const comma = text.indexOf(',');
  if (comma > 0) {
    const family = text.slice(0, comma).trim();
    const given = text.slice(comma + 1).trim();
    return given ? { family, given } : { literal: family };
  }
  const words = text.split(' ');
  const capitals = words.map((w) => /^[\p{Lu}-]{2,}$/u.test(w));
  const lowerNonParticle = words.some((w) => /^\p{Ll}/u.test(w) && !PARTICLES.has(w));
  // "Atea ASA" ends in a company form; "STEVE PEOPLES" is a person in a capitalised byline.
  const companyForm = capitals[capitals.length - 1] && !capitals.every(Boolean);
  if (words.length < 2 || lowerNonParticle || companyForm || /[\d&]/.test(text) || DESK.test(text)) return { literal: text };
  const last = words[words.length - 1]!;
  let start = words.length - 1;
  while (start > 1 && PARTICLES.has(words[start - 1]!)) start--;
  const given = words.slice(0, start).join(' ');
  const particle = words.slice(start, -1).join(' ');
  return particle ? { family: last, given, particle } : { family: last, given };
}

/** "Villa", "von der Lippe": the name a list is sorted and cited by. */
export function familyName(name: CiteName): string {
  return 'literal' in name ? name.literal : name.particle ? `${name.particle} ${name.family}` : name.family;
}

/** "Bjørn" → "B.", "Anne-Lise" → "A.-L.", "Jens Petter" → "J. P.". */
export function initials(given: string): string {
  return given
    .split(' ')
    .map((word) =>
      word
        .split('-')
        .map((part) => (part ? `${Array.from(part)[0]!.toUpperCase()}.` : ''))
        .join('-'),
    )
    .join(' ');
}

/** "Villa, Bjørn" (inverted, first in a list) or "Bjørn Villa". */
export function fullName(name: CiteName, inverted: boolean): string {
  if ('literal' in name) return name.literal;
  return inverted ? `${familyName(name)}, ${name.given}` : `${name.given} ${familyName(name)}`;
}

/**
 * APA 7: "Villa, B."; two to twenty authors joined with "&"; from 21, the first 19, ". . ." and the last.
 * The Norwegian APA manual drops the comma before "&" that the English one keeps.
 */
export function apaAuthors(names: CiteName[], lang: CiteLang): string {
  const written = names.map((n) => ('literal' in n ? n.literal : `${familyName(n)}, ${initials(n.given)}`));
  if (written.length > 20) return `${written.slice(0, 19).join(', ')}, . . . ${written[written.length - 1]}`;
  if (written.length < 2) return written.join('');
  return `${written.slice(0, -1).join(', ')}${lang === 'en' ? ',' : ''} & ${written[written.length - 1]}`;
}

/**
 * Chicago (18th ed.) and MLA 9 bibliographies: the first author inverted, the rest in natural order.
 * MLA lists one or two authors and writes "et al." after the first of three or more; Chicago lists up
 * to six and writes the first three and "et al." for more. In Norwegian "og" replaces "and" and, as
 * Norwegian punctuation has it, takes no serial comma; a comma still closes an inverted first name.
 */
export function namesInList(names: CiteName[], lang: CiteLang, style: 'chicago' | 'mla'): string {
  const cut = style === 'mla' ? (names.length > 2 ? 1 : 2) : names.length > 6 ? 3 : names.length;
  const written = names.slice(0, cut).map((n, i) => fullName(n, i === 0));
  if (cut < names.length) return `${written.join(', ')}, et al.`;
  if (written.length < 2) return written.join('');
  const and = lang === 'en' ? 'and' : 'og';
  const closesInversion = written.length === 2 && !('literal' in names[0]!);
  const serialComma = closesInversion || (written.length > 2 && lang === 'en') ? ',' : '';
  return `${written.slice(0, -1).join(', ')}${serialComma} ${and} ${written[written.length - 1]}`;
}
