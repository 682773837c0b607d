/** The language a citation is written in; nn shares nb's month names and abbreviations. */
export type CiteLang = 'nb' | 'nn' | 'en';

/** A date no more precise than its source: month and day are absent when unknown. */
export interface CiteDate {
  year: number;
  month?: number;
  day?: number;
}

const MONTHS_NB = 'januar februar mars april mai juni juli august september oktober november desember'.split(' ');
const MONTHS_EN = 'January February March April May June July August September October November December'.split(' ');
// MLA 9 abbreviates months longer than four letters; the Norwegian forms are those of the CSL nb-NO locale.
const SHORT_EN = 'Jan. Feb. Mar. Apr. May June July Aug. Sept. Oct. Nov. Dec.'.split(' ');
const SHORT_NB = 'jan. feb. mar. apr. mai jun. jul. aug. sep. okt. nov. des.'.split(' ');

const PARTIAL = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;
const INSTANT = /^\d{4}-\d{2}-\d{2}T.*(?:Z|[+-]\d{2}:?\d{2})$/i;

let osloDays: Intl.DateTimeFormat | undefined;

/**
 * Reads "2021", "2021-01", "2021-01-22", or an instant from a page such as "2021-01-22T23:30:00Z".
 * An instant is cited by its calendar day in Norway, where the outlets publish: 23:30 UTC on the 22nd
 * of January is the 23rd in Oslo.
 */
export function parseCiteDate(value: string | null | undefined): CiteDate | null {
  const text = value?.trim() ?? '';
  let parts = PARTIAL.exec(text)?.slice(1);
  if (!parts && INSTANT.test(text)) {
    const instant = new Date(text);
    if (Number.isNaN(instant.getTime())) return null;
    osloDays ??= new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Oslo', year: 'numeric', month: '2-digit', day: '2-digit' });
    parts = /(\d{4})-(\d{2})-(\d{2})/.exec(osloDays.format(instant))?.slice(1);
  } else if (!parts) {
    // A local time without an offset already names its calendar day.
    parts = /^(\d{4})-(\d{2})-(\d{2})T/.exec(text)?.slice(1);
  }
  if (!parts) return null;
  const [year, month, day] = parts.map((p) => (p ? Number(p) : undefined));
  if (!year || (month !== undefined && (month < 1 || month > 12))) return null;
  if (month === undefined) return { year };
  if (day === undefined) return { year, month };
  const check = new Date(Date.UTC(year, month - 1, day));
  return check.getUTCMonth() === month - 1 && check.getUTCDate() === day ? { year, month, day } : null;
}

export function monthName(month: number, lang: CiteLang, short = false): string {
  const names = lang === 'en' ? (short ? SHORT_EN : MONTHS_EN) : short ? SHORT_NB : MONTHS_NB;
  return names[month - 1]!;
}

/**
 * A date in running text, as precise as known: "22. januar 2021", "januar 2021", "2021"; in English
 * "January 22, 2021" (the order APA and Chicago use), or "22 Jan. 2021" with `mla`.
 */
export function spokenDate(date: CiteDate, lang: CiteLang, mla = false): string {
  const { year, month, day } = date;
  if (!month) return String(year);
  const name = monthName(month, lang, mla);
  if (!day) return `${name} ${year}`;
  if (lang !== 'en') return `${day}. ${name} ${year}`;
  return mla ? `${day} ${name} ${year}` : `${name} ${day}, ${year}`;
}

/** "2021-01-22", "2021-01" or "2021": ISO 8601 to the known precision, as biblatex's `date` wants it. */
export function isoDate(date: CiteDate): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return [String(date.year), date.month && pad(date.month), date.day && pad(date.day)].filter(Boolean).join('-');
}
