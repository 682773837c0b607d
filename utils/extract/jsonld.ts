// JSON-LD reading: every <script type="application/ld+json"> on the page, flattened to a list of objects.

export type LdNode = Record<string, unknown>;

const MAX_SCRIPTS = 30;
const MAX_SCRIPT_CHARS = 2_000_000;
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

/** All JSON-LD objects of the document: arrays, @graph and a WebPage's mainEntity are opened; broken scripts are skipped. */
export function readJsonLd(doc: Document): LdNode[] {
  const out: LdNode[] = [];
  let read = 0;
  for (const script of Array.from(doc.querySelectorAll('script[type]'))) {
    if (read >= MAX_SCRIPTS) break;
    if (!/^\s*application\/ld\+json\s*(?:;|$)/i.test(script.getAttribute('type') ?? '')) continue;
    read++;
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
