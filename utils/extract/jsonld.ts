// JSON-LD reading: every <script type="application/ld+json"> on the page, flattened to a list of objects.

export type LdNode = Record<string, unknown>;

export const MAX_SCRIPTS = 30;
// A JSON-LD script of a news article is a few kilobytes; a bigger one is not read (JSON.parse costs ~1 ms per 200 KB).
const MAX_SCRIPT_CHARS = 1_000_000;
const MAX_NODES = 200;

/** The schema.org type names of a node, without "http://schema.org/" or "schema:" prefixes. */
export function ldTypes(node: LdNode): string[] {
  const type = node['@type'];
  return (Array.isArray(type) ? type : [type]).filter((t): t is string => typeof t === 'string').map((t) => t.replace(/^.*[/:#]/, ''));
}

function collect(value: unknown, out: LdNode[], depth: number): void {
  if (out.length >= MAX_NODES || depth > 4 || !value || typeof value !== 'object') return;
  if (Array.isArray(value)) {
    for (const item of value) collect(item, out, depth + 1);
    return;
  }
  const node = value as LdNode;
  out.push(node);
  collect(node['@graph'], out, depth + 1);
  if (ldTypes(node).some((t) => /Page$/.test(t))) collect(node['mainEntity'], out, depth + 1);
}

/** True for a <script type="application/ld+json">. */
export const isJsonLdScript = (el: Element) => /^\s*application\/ld\+json\s*(?:;|$)/i.test(el.getAttribute('type') ?? '');

/** All JSON-LD objects of the given JSON-LD scripts: arrays, @graph and a WebPage's mainEntity are opened; broken scripts are skipped. */
export function readJsonLd(scripts: Element[]): LdNode[] {
  const out: LdNode[] = [];
  for (const script of scripts.slice(0, MAX_SCRIPTS)) {
    const text = script.textContent ?? '';
    if (text.length > MAX_SCRIPT_CHARS) continue;
    try {
      const json = text
        .replace(/^\s*(?:\/\/\s*)?(?:<!\[CDATA\[|<!--)/, '')
        .replace(/(?:\/\/\s*)?(?:\]\]>|-->)\s*$/, '');
      collect(JSON.parse(json), out, 0);
    } catch {
      // Invalid JSON-LD is common; the other sources still apply.
    }
  }
  return out;
}
