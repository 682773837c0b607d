// Run the content script's extraction on a saved page:
//   tsx scripts/extract.ts <file.html> [--url URL] [--json]
// Without --url the page's own canonical link or og:url is used, else the file:// address.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseHTML } from 'linkedom';
import { extractSnapshot } from '../utils/extract';

function usage(message: string): never {
  console.error(`${message}\nUsage: tsx scripts/extract.ts <file.html> [--url URL] [--json]`);
  process.exit(2);
}

const args = process.argv.slice(2);
let file: string | undefined;
let url: string | undefined;
let json = false;
for (let i = 0; i < args.length; i++) {
  const arg = args[i]!;
  if (arg === '--json') json = true;
  else if (arg === '--url') url = args[++i] ?? usage('--url needs a value.');
  else if (arg.startsWith('--url=')) url = arg.slice(6);
  else if (arg === '-h' || arg === '--help') usage('Extract the article snapshot of a saved HTML page.');
  else if (arg.startsWith('--')) usage(`Unknown option ${arg}.`);
  else if (file) usage('Give one file only.');
  else file = arg;
}
if (!file) usage('No file given.');
const path = resolve(file);
if (!existsSync(path) || !statSync(path).isFile()) usage(`No such file: ${file}`);

const { document } = parseHTML(readFileSync(path, 'utf8'));
if (!url) {
  const declared = [
    document.querySelector('link[rel~="canonical"]')?.getAttribute('href'),
    document.querySelector('meta[property="og:url"], meta[name="og:url"]')?.getAttribute('content'),
  ].find((value) => value && /^https?:\/\//i.test(value.trim()));
  url = declared?.trim() ?? pathToFileURL(path).href;
}

const snapshot = extractSnapshot(document as unknown as Document, url);
if (json) {
  console.log(JSON.stringify(snapshot, null, 2));
} else {
  const show = (value: unknown) => (value === null || value === '' ? '—' : Array.isArray(value) ? value.join('; ') || '—' : String(value));
  const rows: [string, unknown][] = [
    ['Page URL', snapshot.pageUrl],
    ['Article', snapshot.isArticle ? 'yes' : 'no'],
    ['Site', snapshot.siteId ?? '(not registered)'],
    ['Headline', snapshot.headline],
    ['Byline', snapshot.byline],
    ['Published', snapshot.published],
    ['Modified', snapshot.modified],
    ['Site name', snapshot.siteName],
    ['Section', snapshot.section],
    ['Opinion', snapshot.isOpinion ? 'yes' : 'no'],
    ['Paywalled', snapshot.paywalled ? 'yes' : 'no'],
    ['Language', snapshot.language],
    ['Canonical URL', snapshot.canonicalUrl],
    ['Article id', snapshot.outletArticleId],
    ['Description', snapshot.description],
  ];
  for (const [label, value] of rows) console.log(`${label.padEnd(14)} ${show(value)}`);
}
