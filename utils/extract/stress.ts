// Hostile pages for the extraction caps, built in memory: the stress tests assert what the caps do with them and
// scripts/bench-extract.ts times them. Node and tests only; never imported by the content script.

export const STRESS_URL = 'https://www.adressa.no/nyheter/2021/01/01/Stress-29999998.ece';

const head = (title: string, extra = '') =>
  `<!doctype html><html lang="nb"><head><meta charset="utf-8"><title>${title} - Adresseavisen</title>` +
  `<meta property="og:title" content="${title}"><meta property="og:type" content="article">` +
  `<meta property="article:published_time" content="2021-01-01T10:00:00+01:00">${extra}</head>`;

/**
 * About 5 MB and 50,000 elements: 1,000 <h1>, 2,000 <meta>, 21,000 paragraphs, a 1 MB attribute, and a JSON-LD
 * script after 24,000 elements of the kinds extraction reads (past its cap, so never read) that claims another headline.
 */
export function hugePage(): string {
  const parts = [head('Stor side', `<meta name="description" content="${'Lang beskrivelse. '.repeat(60_000)}">`), '<body><article><h1>Stor side</h1>'];
  let elements = 12;
  for (let i = 0; i < 1000; i++) parts.push(`<h1 class="h${i}">Overskrift ${i}</h1>`);
  for (let i = 0; i < 2000; i++) parts.push(`<meta name="m${i}" content="${i}">`);
  elements += 3000;
  const text = 'Dette er en lang setning i en avsnittstekst som gjentas for å gjøre siden stor. '.repeat(2);
  while (elements < 45_000) {
    parts.push(`<div class="blokk"><p>${text}</p></div>`);
    elements += 2;
  }
  parts.push('<script type="application/ld+json">{"@type":"NewsArticle","headline":"Etter taket","author":{"name":"Ola Etter"}}</script>');
  while (elements < 50_000) {
    parts.push(`<span>${text}</span>`);
    elements++;
  }
  parts.push('</article></body></html>');
  return parts.join('');
}

/** A JSON-LD script of 10 MB (too big to be read), next to an ordinary Open Graph head. */
export function hugeJsonLdPage(): string {
  const ld = `{"@type":"NewsArticle","headline":"Fra JSON-LD","author":{"name":"Ola Stor"},"articleBody":"${'x'.repeat(10 * 1024 * 1024)}"}`;
  return `${head('Stor JSON-LD')}<body><article><h1>Stor JSON-LD</h1><script type="application/ld+json">${ld}</script></article></body></html>`;
}

/** JSON-LD nested 10,000 deep, twice (arrays and objects), with an Article node at the bottom of each. */
export function deepJsonPage(): string {
  const node = '{"@type":"NewsArticle","headline":"Fra bunnen","author":{"name":"Ola Dyp"}}';
  const arrays = `${'['.repeat(10_000)}${node}${']'.repeat(10_000)}`;
  const objects = `${'{"@graph":'.repeat(10_000)}${node}${'}'.repeat(10_000)}`;
  return `${head('Dyp JSON')}<body><article><h1>Dyp JSON</h1><script type="application/ld+json">${arrays}</script><script type="application/ld+json">${objects}</script></article></body></html>`;
}

/** Elements nested 10,000 deep around the headline and the byline. */
export function deepDomPage(): string {
  return `${head('Dyp side')}<body>${'<div>'.repeat(10_000)}<article><h1>Dyp side</h1><p class="byline">Av Kari Nordmann</p></article>${'</div>'.repeat(10_000)}</body></html>`;
}

export const STRESS_PAGES: readonly { name: string; html: () => string }[] = [
  { name: 'huge page (5 MB, 50,000 elements)', html: hugePage },
  { name: 'JSON-LD script of 10 MB', html: hugeJsonLdPage },
  { name: 'JSON-LD nested 10,000 deep', html: deepJsonPage },
  { name: 'elements nested 10,000 deep', html: deepDomPage },
];
