// Text helpers for extraction. Standard DOM only (works with linkedom), no layout. The content script carries
// this file, so it avoids Unicode property escapes (\p{…}): they are slow to compile on every page load.

const ENTITIES: Record<string, string> = { amp: '&', quot: '"', apos: "'", lt: '<', gt: '>', nbsp: ' ' };

/**
 * Collapse whitespace, drop invisible characters and bidi embedding, override and isolate controls (a page's
 * U+202E would reverse Tilsvar's own words shown next to its headline), cap the length; null when nothing is left.
 */
export function clean(value: unknown, max = 500): string | null {
  if (typeof value === 'number') value = String(value);
  if (typeof value !== 'string') return null;
  const text = value
    .slice(0, max * 4)
    .replace(/[\u00ad\u200b-\u200d\u202a-\u202e\u2060\u2066-\u2069\ufeff]/g, '')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, max)
    .trim();
  return text || null;
}

/** Undo the HTML escaping some sites leave inside JSON-LD strings. */
export function unescapeHtml(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, code: string) => {
    if (code[0] !== '#') return ENTITIES[code.toLowerCase()] ?? whole;
    const n = code[1] === 'x' || code[1] === 'X' ? parseInt(code.slice(2), 16) : parseInt(code.slice(1), 10);
    return n > 0 && n < 0x110000 ? String.fromCodePoint(n) : whole;
  });
}

/** Lower case, no diacritics, letters and digits only: for comparing names of sites and people. */
export function fold(text: string | null | undefined): string {
  return (text ?? '')
    .normalize('NFD')
    .toLowerCase()
    .replace(/[^a-z0-9\u00df-\u024f\u0370-\u03ff\u0400-\u04ff\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]/g, '');
}

/** True when the text starts with an upper-case letter (any script that has case). */
const startsUpper = (text: string) => !!text && text[0] !== text[0]!.toLowerCase();

const pad = (n: number) => String(n).padStart(2, '0');
const ISO = /^(\d{4})-?(\d\d)-?(\d\d)(?:[T ](\d\d):?(\d\d)(?::?(\d\d)(?:[.,]\d+)?)?\s*(Z|[+-]\d\d(?::?\d\d)?)?)?$/i;
// Zone names that Date.parse does not know, as offsets.
const ZONES: Record<string, string> = { CET: '+0100', CEST: '+0200', MET: '+0100', MEST: '+0200', BST: '+0100', EET: '+0200', EEST: '+0300', WET: '+0000', WEST: '+0100' };

function day(y: number, m: number, d: number): string | null {
  const date = new Date(Date.UTC(y, m - 1, d));
  return y > 1990 && y < 2100 && date.getUTCMonth() === m - 1 && date.getUTCDate() === d ? `${y}-${pad(m)}-${pad(d)}` : null;
}

/** ISO 8601 from a machine-readable date, keeping the page's own offset; a bare day stays a bare day. */
export function isoDate(value: unknown): string | null {
  const text = clean(value, 64)?.replace(/\|(\d\d)h(\d\d)$/, 'T$1:$2');
  if (!text) return null;
  const m = ISO.exec(text);
  if (m) {
    const [, y, mo, d, h, mi, s, zone] = m;
    const date = day(+y!, +mo!, +d!);
    if (!date || !h) return date;
    const offset = !zone ? '' : zone.toUpperCase() === 'Z' ? 'Z' : zone.length === 3 ? `${zone}:00` : zone.replace(/^([+-]\d\d):?(\d\d)$/, '$1:$2');
    return `${date}T${h}:${mi}:${s ?? '00'}${offset}`;
  }
  // Textual forms such as "Fri Mar 13 21:30:09 EST 2015" or "20 Nov 2019 08:02 GMT".
  if (!/\d{4}/.test(text) || !/[a-z]/i.test(text)) return null;
  const zoned = text.replace(/\b(?:C|ME|E|W)ES?T\b|\bBST\b/g, (zone) => ZONES[zone] ?? zone);
  const time = Date.parse(zoned);
  if (Number.isNaN(time)) return null;
  const d = new Date(time);
  if (/\b(?:Z|UTC|GMT|[ECMP][SD]T)\b|[+-]\d{4}\b/.test(zoned)) return d.toISOString().replace('.000Z', 'Z');
  // No zone given: keep the wall time as written.
  return `${day(d.getFullYear(), d.getMonth() + 1, d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}:${pad(d.getSeconds())}`;
}

// Month names by their first three letters (diacritics removed), in the languages of the sites read; the
// French "juil(let)" is told from "juin" by its fourth letter.
const MONTHS = 'jan ene gen|feb fev|mar maa|apr avr abr|mai may maj mag|jun jui giu|jul lug|aug aou ago|sep set|okt oct ott|nov|des dec dez dic'.split('|');
const MONTH = '([a-zà-ÿ]{3,9})\\.?';
const DAY_MONTH_YEAR = new RegExp(`\\b(\\d{1,2})\\.?\\s*(?:de\\s+)?${MONTH},?\\s*(?:de\\s+)?(\\d{4})`, 'i');
const MONTH_DAY_YEAR = new RegExp(`\\b${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})`, 'i');
const NUMERIC = /\b(\d{1,2})\.\s?(\d{1,2})\.\s?(\d{4})\b|\b(\d{4})-(\d\d)-(\d\d)\b/;

function monthOf(name: string): number {
  const key = name.normalize('NFD').replace(/[^a-z]/gi, '').toLowerCase();
  return key.startsWith('juil') ? 7 : MONTHS.findIndex((names) => names.split(' ').includes(key.slice(0, 3))) + 1;
}

/** The day a visible date text names ("19.2.2020 klo 14.00", "13 mars 2017", "March 9, 2017"), as YYYY-MM-DD. */
export function textDay(text: string | null | undefined): string | null {
  const value = (text ?? '').slice(0, 200);
  let match = NUMERIC.exec(value);
  if (match) return match[4] ? day(+match[4], +match[5]!, +match[6]!) : day(+match[3]!, +match[2]!, +match[1]!);
  if ((match = DAY_MONTH_YEAR.exec(value)) && monthOf(match[2]!)) return day(+match[3]!, monthOf(match[2]!), +match[1]!);
  if ((match = MONTH_DAY_YEAR.exec(value)) && monthOf(match[1]!)) return day(+match[3]!, monthOf(match[1]!), +match[2]!);
  return null;
}

const SKIP = /^(?:script|style|noscript|template|svg|iframe|object|canvas|select|textarea)$/i;
const BLOCK = /^(?:address|article|aside|blockquote|br|dd|div|dl|dt|figcaption|figure|footer|h[1-6]|header|hr|li|main|nav|ol|p|section|table|td|th|tr|ul)$/i;

/**
 * The text a reader can see (roughly: no scripts, styles or [hidden]), up to `cap` characters or `nodes` nodes
 * visited; blocks end lines. It steps from node to node (first child, next sibling) rather than listing each
 * element's children: in a browser every list and every item read from it is a call into the DOM.
 */
export function visibleText(root: Node | null | undefined, cap = 300_000, nodes = 60_000): string {
  let out = '';
  let budget = nodes;
  let node: Node | null = root ?? null;
  while (node && out.length < cap && budget-- > 0) {
    let enter = false;
    // Runs of white space shrink to one character; a line break in the source still separates.
    if (node.nodeType === 3) out += (node.nodeValue ?? '').replace(/\s*\n\s*/g, '\n').replace(/[^\S\n]+/g, ' ');
    else if (node.nodeType === 1) {
      const el = node as Element;
      const tag = el.tagName;
      if (!SKIP.test(tag) && !el.hasAttribute('hidden')) {
        if (BLOCK.test(tag)) out += '\n';
        enter = true;
      }
    }
    // The next node in document order, never leaving root.
    let next: Node | null = enter ? node.firstChild : null;
    while (!next && node && node !== root) {
      next = node.nextSibling;
      if (!next) node = node.parentNode;
    }
    node = next;
  }
  return out;
}

const PREFIX = /^(?:(?:skrevet\s+|written\s+|posted\s+)?(?:av|by|par|von|por|door|af|tekst|text|foto)\b\s*:?\s*)+/i;
const ROLE =
  /\s*\/\s*[^/]*(?:journalist|fotograf|foto|reporter|redakt|kommentator|kritiker|programleder|korrespondent|illustr|grafikk|skribent|photographer|editor|correspondent|writer)[^/]*$/i;
const PARTICLE = /^(?:af|al|av|bin|da|de|del|della|den|der|di|du|el|la|le|van|von|zu|y)$/;
const NOT_NAME = /^https?:|@|\d|^(?:twitter|facebook|instagram|linkedin|e-?post|e-?mail|mail|follow|suivre|folgen|følg|del|share)$/i;

/** A person's or an agency's name: two to five capitalised words ("Kari Nordmann", "Christoph von Eichhorn"), or an acronym. */
function nameLike(part: string): boolean {
  const words = part.split(' ');
  if (/^[A-ZÆØÅÄÖÜ]{2,}(?:\/\S+)?$/.test(part) && part === part.toUpperCase()) return true;
  return words.length > 1 && words.length < 6 && words.every((w) => startsUpper(w.replace(/^\(/, '')) || PARTICLE.test(w));
}

/**
 * Author names from byline text: "Av Kari Nordmann og Ola Nordmann / Journalist" → both names.
 * With `strict` (free visible text), parts that do not look like a person's or an agency's name are dropped.
 */
export function splitNames(text: string, strict = false): string[] {
  const names: string[] = [];
  // "Tech Industry\nby Steven Musil": what comes before a line that starts with the marker word is not a name.
  if (strict) text = text.replace(/^[\s\S]*?\n\s*(?=(?:by|av|von|par|por)\s+[A-ZÆØÅÄÖÜ])/i, '');
  for (let part of text.split(strict ? /\s+(?:og|and|&|und|och|et|y|e)\s+|[,;|·•\n]|\s[-–—]\s/i : /\s+(?:og|and|&|und|och|et|y|e)\s+|[,;|·•\n]/i)) {
    part = clean(part.replace(ROLE, '').replace(PREFIX, ''), 120) ?? '';
    part = part.replace(PREFIX, '').replace(/^[-–—:·•]\s*|\s*[-–—:]$/g, '');
    if (part && part.length <= 100 && !NOT_NAME.test(part) && (!strict || nameLike(part))) names.push(part);
  }
  return names;
}
