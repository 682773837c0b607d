/**
 * The matching engine from the command line, on the bundled dataset (and packs):
 *   npm run lookup -- <url | file.html> [--url URL] [--json] [--pack FILE]... [--batch FILE]
 * Exit status: 0 context found, 1 none, 2 error.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseHTML } from 'linkedom';
import { formatProblem, type InstalledDataset } from '../utils/dataset/compile';
import { validatePack } from '../utils/dataset/pack';
import { compileDatasetDir } from '../utils/dataset/read-sources';
import { extractSnapshot } from '../utils/extract';
import type { ContextResult, MatchWhy } from '../utils/match/context';
import { buildIndex, loadIndex, matchSnapshot, type MatchIndex } from '../utils/match';
import { snapshotFromUrl } from '../utils/match/url-snapshot';
import type { ArticleSnapshot } from '../utils/snapshot';
import { parseUrl } from '../utils/url';

class UsageError extends Error {}

interface Options {
  target: string | null;
  url: string | null;
  json: boolean;
  packs: string[];
  batch: string | null;
}

function parseArgs(argv: string[]): Options {
  const options: Options = { target: null, url: null, json: false, packs: [], batch: null };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const value = () => {
      const next = argv[++i];
      if (next === undefined) throw new UsageError(`${arg} needs a value.`);
      return next;
    };
    if (arg === '--json') options.json = true;
    else if (arg === '--url') options.url = value();
    else if (arg === '--pack') options.packs.push(value());
    else if (arg === '--batch') options.batch = value();
    else if (arg === '--help' || arg === '-h') throw new UsageError('');
    else if (arg.startsWith('--')) throw new UsageError(`Unknown option ${arg}.`);
    else if (options.target) throw new UsageError(`Only one URL or file at a time (got "${options.target}" and "${arg}"); use --batch for many.`);
    else options.target = arg;
  }
  if (!options.target && !options.batch) throw new UsageError('Give a URL, a saved page (.html) or --batch FILE.');
  return options;
}

/** A snapshot from the address alone: no page is fetched, so only URL and outlet id can match. */
function snapshotOfAddress(raw: string): ArticleSnapshot {
  const url = parseUrl(raw);
  if (!url || !/^https?:$/.test(url.protocol)) throw new UsageError(`"${raw}" is not an http(s) URL.`);
  return snapshotFromUrl(raw);
}

function snapshotFromFile(path: string, pageUrl: string | null): ArticleSnapshot {
  const html = readFileSync(path, 'utf8');
  const { document } = parseHTML(html);
  const base = pageUrl ?? document.querySelector('link[rel=canonical]')?.getAttribute('href') ?? document.querySelector('meta[property="og:url"]')?.getAttribute('content');
  if (!base) throw new UsageError(`${path} declares no canonical URL; say where it came from with --url URL.`);
  return extractSnapshot(document as unknown as Document, base);
}

/**
 * A pack file (`.json`, checked as an import checks it, against the bundled dataset and the packs given
 * before it) or a built index artefact (any other file, used as it is).
 */
function loadPack(path: string, installed: InstalledDataset[]): MatchIndex {
  if (!existsSync(path)) throw new UsageError(`Pack ${path} does not exist.`);
  const bytes = readFileSync(path);
  if (!path.endsWith('.json')) return loadIndex(bytes);
  const result = validatePack(bytes.toString('utf8'), { installed, fileName: path });
  if (!result.ok) throw new Error(`pack ${path} is refused:\n${result.problems.map(formatProblem).join('\n')}`);
  installed.push({ label: `pack "${result.header.id}"`, dataset: result.dataset });
  return buildIndex(result.dataset);
}

function loadIndices(packs: string[]): MatchIndex[] {
  const { dataset, problems } = compileDatasetDir(resolve(process.cwd(), 'data'));
  if (!dataset) throw new Error(`The dataset in data/ has errors:\n${problems.map(formatProblem).join('\n')}`);
  const installed: InstalledDataset[] = [{ label: 'the bundled dataset', dataset }];
  return [buildIndex(dataset), ...packs.map((path) => loadPack(path, installed))];
}

// "Possibly related" stories alone are not context: the exit status says whether the page itself was identified.
const hasContext = (c: ContextResult) => c.responses.length > 0 || c.timeline.length > 0;

function describeWhy(why: MatchWhy): string {
  const names: Record<MatchWhy['layer'], string> = {
    url: 'same canonical URL',
    'outlet-id': "same outlet article id",
    headline: 'same headline at the same outlet',
    'cited-source': 'the page is cited as a source of the timeline',
    topical: 'shared words',
    none: 'nothing',
  };
  const parts = [`${names[why.layer]}, confidence ${why.confidence.toFixed(2)}`];
  if (why.terms.length) parts.push(`words: ${why.terms.join(', ')}`);
  if (why.actors.length) parts.push(`actors: ${why.actors.join(', ')}`);
  return parts.join('; ');
}

function printText(snapshot: ArticleSnapshot, context: ContextResult) {
  const out: string[] = [];
  out.push(`Article   ${snapshot.headline ?? '(headline unknown: URL only)'}`);
  out.push(`          ${snapshot.canonicalUrl}`);
  out.push(`          site ${snapshot.siteId ?? 'unregistered'} · ${snapshot.isArticle ? 'article' : 'not an article'}${snapshot.isOpinion ? ' · opinion' : ''}${snapshot.published ? ` · ${snapshot.published}` : ''}${snapshot.outletArticleId ? ` · id ${snapshot.outletArticleId}` : ''}`);
  if (context.article) {
    out.push(`Matched   ${context.article.id} (${context.article.outletName ?? '?'}, ${context.article.published}, ${context.article.genre})`);
  }
  out.push(`Why       ${describeWhy(context.match)}`);
  out.push('');
  out.push(`Official responses (${context.responses.length})`);
  for (const r of context.responses) {
    out.push(`  - ${r.date} ${r.personName ? `${r.personName}, ` : ''}${r.role ? `${r.role}, ` : ''}${r.organisationName} · ${r.channel} · ${r.stance}`);
    out.push(`    ${r.relation === 'this-page' ? 'This page is the response.' : 'Answers this article.'} ${r.summary}`);
    if (r.quote) out.push(`    «${r.quote}»`);
    if (r.respondsTo.claim) out.push(`    Answers the claim: ${r.respondsTo.claim}`);
    out.push(`    why: ${describeWhy(r.why)}`);
  }
  for (const link of context.links) {
    out.push(`  ${link.relation === 'answers' ? 'This page answers' : 'This page is answered by'}: ${link.headline ?? link.summary} (${link.outletName ?? '?'}, ${link.published})${link.url ? ` ${link.url}` : ''}`);
  }
  out.push('');
  for (const story of context.stories) out.push(`Story     ${story.title}: ${story.summary}`);
  out.push(`Timeline (${context.timeline.length})`);
  for (const item of context.timeline) {
    out.push(`  ${item.current ? '>' : ' '} ${item.date.padEnd(10)} ${item.title}${item.current ? '  ← this page' : ''}`);
  }
  if (context.related.length) {
    out.push('');
    out.push('Possibly related (not linked)');
    for (const story of context.related) {
      out.push(`  - ${story.title}: ${describeWhy(story.why)}`);
      for (const entry of story.entries) out.push(`      ${entry.date ?? ''} ${entry.title}`);
    }
  }
  console.log(out.join('\n'));
}

async function lookupOne(target: string, urlOverride: string | null, indices: MatchIndex[]) {
  const isFile = !/^https?:\/\//i.test(target);
  if (isFile && !existsSync(target)) throw new UsageError(`"${target}" is neither an http(s) URL nor an existing file.`);
  const snapshot = isFile ? snapshotFromFile(target, urlOverride) : snapshotOfAddress(urlOverride ?? target);
  return { snapshot, context: await matchSnapshot(indices, snapshot) };
}

async function main(): Promise<number> {
  let options: Options;
  try {
    options = parseArgs(process.argv.slice(2));
  } catch (error) {
    const message = (error as Error).message;
    if (message) console.error(`lookup: ${message}`);
    console.error('usage: npm run lookup -- <url | file.html> [--url URL] [--json] [--pack FILE]... [--batch FILE]');
    return 2;
  }
  try {
    const indices = loadIndices(options.packs);
    if (options.batch) {
      if (!existsSync(options.batch)) throw new UsageError(`Batch file ${options.batch} does not exist.`);
      const lines = readFileSync(options.batch, 'utf8').split(/\r?\n/).map((l) => l.trim()).filter((l) => l && !l.startsWith('#'));
      let found = 0;
      for (const line of lines) {
        try {
          const { snapshot, context } = await lookupOne(line, null, indices);
          if (hasContext(context)) found++;
          console.log(JSON.stringify({ input: line, found: hasContext(context), snapshot, context }));
        } catch (error) {
          console.log(JSON.stringify({ input: line, error: (error as Error).message }));
        }
      }
      return found > 0 ? 0 : 1;
    }
    const { snapshot, context } = await lookupOne(options.target!, options.url, indices);
    if (options.json) console.log(JSON.stringify({ snapshot, context }, null, 2));
    else printText(snapshot, context);
    return hasContext(context) ? 0 : 1;
  } catch (error) {
    console.error(`lookup: ${(error as Error).message}`);
    return 2;
  }
}

process.exitCode = await main();
