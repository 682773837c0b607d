// Small text helpers for extraction. Standard DOM only (works with linkedom), no layout.

const ENTITIES: Record<string, string> = { amp: '&', quot: '"', apos: "'", lt: '<', gt: '>', nbsp: ' ' };

/** Collapse whitespace, drop invisible characters, cap the length; null when nothing is left. */
export function clean(value: unknown, max = 500): string | null {
  if (typeof value === 'number') value = String(value);
  if (typeof value !== 'string') return null;
  const text = value
    .slice(0, max * 4)
    .replace(/[\u00ad\u200b-\u200d\u2060\ufeff]/g, '')
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

const ISO = /^(\d{4}-\d{2}-\d{2})(?:[T ](\d{2}:\d{2})(:\d{2}(?:[.,]\d+)?)?\s*(Z|[+-]\d{2}:?\d{2})?)?$/i;

/** ISO 8601, keeping the page's own offset; a bare day stays a bare day. Null when unreadable. */
export function isoDate(value: unknown): string | null {
  const text = clean(value, 64);
  if (!text) return null;
  const m = ISO.exec(text);
  if (m) {
    const day = m[1]!;
    if (Number.isNaN(Date.parse(day))) return null;
    if (!m[2]) return day;
    const zone = m[4] ? (m[4].toUpperCase() === 'Z' ? 'Z' : m[4].replace(/^([+-]\d\d):?(\d\d)$/, '$1:$2')) : '';
    return `${day}T${m[2]}${(m[3] ?? ':00').replace(',', '.')}${zone}`;
  }
  if (!/\d{4}/.test(text) || !/\D/.test(text)) return null;
  const time = Date.parse(text);
  return Number.isNaN(time) ? null : new Date(time).toISOString();
}

const SKIP = /^(?:script|style|noscript|template|svg|iframe|object|canvas|select|textarea)$/i;

/** The text a reader can see (roughly: no scripts, styles or [hidden]), up to `cap` characters. */
export function visibleText(root: Node | null | undefined, cap = 300_000): string {
  let out = '';
  let budget = 60_000;
  const stack: Node[] = root ? [root] : [];
  while (stack.length && out.length < cap && budget-- > 0) {
    const node = stack.pop()!;
    if (node.nodeType === 3) out += node.textContent ?? '';
    else if (node.nodeType === 1) {
      const el = node as Element;
      if (SKIP.test(el.tagName) || el.hasAttribute('hidden')) continue;
      const kids = el.childNodes;
      for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i]!);
    }
  }
  return out.replace(/\s+/g, ' ');
}

const PREFIX = /^(?:(?:skrevet\s+)?av|by|par|von|tekst|text|written\s+by)\s*:?\s+/i;
const ROLE =
  /\s*\/\s*[^/]*(?:journalist|fotograf|foto|reporter|redakt|kommentator|kritiker|programleder|korrespondent|illustr|grafikk|skribent|photographer|editor|correspondent|writer)[^/]*$/i;
const PARTICLE = /^(?:af|al|av|bin|da|de|del|den|der|di|du|el|la|le|van|von|zu|y)$/;

/**
 * Author names from byline text: "Av Kari Nordmann og Ola Nordmann / Journalist" → both names.
 * With `strict` (free visible text), parts that do not look like a name are dropped.
 */
export function splitNames(text: string, strict = false): string[] {
  const names: string[] = [];
  for (let part of text.split(/\s+(?:og|and|&|und|och)\s+|[,;|\n]/i)) {
    part = clean(part.replace(ROLE, '').replace(PREFIX, ''), 120) ?? '';
    part = part.replace(PREFIX, '').replace(/^[-–—:·•]\s*/, '');
    if (!part || part.length > 100 || /^https?:|@|^(?:twitter|facebook|instagram|linkedin|e-?post|e-?mail|mail)$/i.test(part)) continue;
    if (strict && (/\d/.test(part) || part.split(' ').length > 6 || !part.split(' ').every((w) => /^[\p{Lu}\p{Lt}]/u.test(w) || PARTICLE.test(w)))) continue;
    names.push(part);
  }
  return names;
}
