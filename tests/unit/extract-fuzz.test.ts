// Property-based tests over random and mutated HTML: whatever a page holds, extractSnapshot returns (never
// throws) and its result stays within the snapshot contract the background accepts.
import { readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { extractSnapshot } from '../../utils/extract';
import { expectWithinContract } from './snapshot-contract';

const FUZZ_RUNS = { randomHtml: 300, mutatedFixtures: 300, pageUrls: 200 } as const;

const FIXTURES = readdirSync(new URL('../fixtures/', import.meta.url))
  .filter((name) => name.endsWith('.html'))
  .map((name) => readFileSync(new URL(`../fixtures/${name}`, import.meta.url), 'utf8'));
const URLS = [
  'https://www.adressa.no/nyheter/2021/01/01/Hostile-29999999.ece',
  'https://www.vg.no/nyheter/i/Fx7Qa2/sak',
  'https://www.nrk.no/trondelag/sak-1.123456',
  'https://example.com/a/b',
];

// Text that breaks naive code: bidi controls, invisible characters, lone surrogates, astral symbols, entities.
const weird = fc.constantFrom(
  '\u202e', '\u202d', '\u2066', '\u2069', '\u200f', '\u200b', '\ufeff', '\u00ad', '\ud800', '\udfff', '😀', '𝔄', 'é', 'Ø',
  '&amp;', '&#0;', '&#x110000;', '&#xD800;', '<', '>', '"', "'", '\u0000', '\n', '\t', ' ', '/', '|', ' - ', 'Av ', ' og ',
  '__proto__', 'constructor', 'javascript:alert(1)', '<img src=x onerror=alert(1)>', '2021-02-30T25:61:00+99:99', '9999-99-99',
);
const text = fc.array(fc.oneof(weird, fc.string({ maxLength: 20 }), fc.string({ unit: 'grapheme', maxLength: 10 })), { maxLength: 12 }).map((p) => p.join(''));
const attrText = text.map((t) => t.replace(/"/g, '&quot;'));
const JSON_LD = fc.oneof(
  fc.jsonValue({ maxDepth: 4 }).map((v) => JSON.stringify(v)),
  fc.record({ '@type': fc.constantFrom('NewsArticle', 'Article', ['Article', 5], null, 'WebPage'), headline: fc.oneof(text, fc.jsonValue()), author: fc.jsonValue(), datePublished: fc.oneof(text, fc.integer()), isAccessibleForFree: fc.jsonValue(), mainEntityOfPage: fc.jsonValue(), '@graph': fc.jsonValue() }, { requiredKeys: [] }).map((v) => JSON.stringify(v)),
  text,
  fc.constant('{"@type":"NewsArticle","headline":"x"'),
  fc.constant('{"__proto__":{"@type":"NewsArticle"},"constructor":{"prototype":{"headline":"p"}},"isAccessibleForFree":{"toString":1}}'),
);
const TAGS = ['div', 'p', 'h1', 'span', 'article', 'main', 'time', 'address', 'a', 'meta', 'title', 'script', 'svg', 'template', 'table', 'li'];
const ATTRS = ['class', 'id', 'itemprop', 'rel', 'property', 'name', 'content', 'datetime', 'lang', 'type', 'hidden', 'href', 'data-testid'];
const VALUES = fc.oneof(attrText, fc.constantFrom('author', 'byline', 'datePublished', 'dateModified', 'og:title', 'article:published_time', 'canonical', 'application/ld+json', 'nb', 'og:url', 'author name'));
const element: fc.Arbitrary<string> = fc.letrec<{ node: string }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    text,
    JSON_LD.map((ld) => `<script type="application/ld+json">${ld}</script>`),
    fc
      .tuple(fc.constantFrom(...TAGS), fc.array(fc.tuple(fc.constantFrom(...ATTRS), VALUES), { maxLength: 4 }), fc.array(tie('node'), { maxLength: 4 }))
      .map(([tag, attrs, kids]) => `<${tag}${attrs.map(([k, v]) => ` ${k}="${v}"`).join('')}>${kids.join('')}</${tag}>`),
  ),
})).node;

const extract = (html: string, url: string) => extractSnapshot(parseHTML(html).document as unknown as Document, url);

// DOM mutations of a parsed fixture page.
type Mutation = { kind: 'delete' | 'duplicate' | 'shuffle' | 'corrupt-ld' | 'huge-attribute' | 'nest' | 'unicode'; at: number; with: string };
const mutation = fc.record({
  kind: fc.constantFrom('delete', 'duplicate', 'shuffle', 'corrupt-ld', 'huge-attribute', 'nest', 'unicode'),
  at: fc.nat(),
  with: text,
}) as fc.Arbitrary<Mutation>;

function mutate(doc: Document, m: Mutation): void {
  const all = Array.from(doc.querySelectorAll('*'));
  const el = all[m.at % all.length]!;
  switch (m.kind) {
    case 'delete':
      if (el !== doc.documentElement) el.remove();
      break;
    case 'duplicate':
      if (el.parentNode) el.parentNode.insertBefore(el.cloneNode(true), el);
      break;
    case 'shuffle': {
      const kids = Array.from(el.children);
      for (const [i, kid] of kids.entries()) el.insertBefore(kid, kids[(i * 7 + m.at) % kids.length]!);
      break;
    }
    case 'corrupt-ld': {
      const scripts = Array.from(doc.querySelectorAll('script[type="application/ld+json"]'));
      const script = scripts[m.at % Math.max(1, scripts.length)];
      if (script) {
        const t = script.textContent ?? '';
        const cut = m.at % (t.length + 1);
        script.textContent = t.slice(0, cut) + m.with + t.slice(cut + (m.at % 7));
      }
      break;
    }
    case 'huge-attribute': {
      const name = ['content', 'class', 'href', 'datetime', 'itemprop'][m.at % 5]!;
      const value = (m.with || 'A b').repeat(1 + Math.floor(200_000 / Math.max(1, m.with.length)));
      // linkedom's class list overflows its own stack on 100,000 class names: the page keeps one huge name instead.
      el.setAttribute(name, name === 'class' ? value.replace(/\s/g, '-') : value);
      break;
    }
    case 'nest': {
      let outer: Element = el;
      for (let i = 0; i < 500; i++) {
        const wrap = doc.createElement(i % 2 ? 'div' : 'span');
        outer.parentNode?.insertBefore(wrap, outer);
        wrap.append(outer);
        outer = wrap;
      }
      break;
    }
    case 'unicode':
      el.prepend(doc.createTextNode(m.with + '\u202e'));
      el.setAttribute('content', `\u2066${m.with}\u2069`);
      break;
  }
}

describe('extraction fuzzing', () => {
  it(`never throws and stays within the contract on random HTML (${FUZZ_RUNS.randomHtml} pages)`, () => {
    fc.assert(
      fc.property(fc.array(element, { maxLength: 8 }), fc.array(element, { maxLength: 12 }), fc.constantFrom(...URLS), (head, body, url) => {
        expectWithinContract(extract(`<!doctype html><html><head>${head.join('')}</head><body>${body.join('')}</body></html>`, url));
      }),
      { numRuns: FUZZ_RUNS.randomHtml, seed: 8008 },
    );
  });

  it(`never throws and stays within the contract on mutated fixture pages (${FUZZ_RUNS.mutatedFixtures} pages)`, () => {
    fc.assert(
      fc.property(fc.nat({ max: FIXTURES.length - 1 }), fc.array(mutation, { minLength: 1, maxLength: 6 }), fc.constantFrom(...URLS), (index, mutations, url) => {
        const doc = parseHTML(FIXTURES[index]!).document as unknown as Document;
        for (const m of mutations) mutate(doc, m);
        expectWithinContract(extractSnapshot(doc, url));
      }),
      { numRuns: FUZZ_RUNS.mutatedFixtures, seed: 8009 },
    );
  });

  it(`accepts any page address, however odd (${FUZZ_RUNS.pageUrls} addresses)`, () => {
    fc.assert(
      fc.property(fc.oneof(fc.webUrl({ withQueryParameters: true, withFragments: true }), text, fc.string().map((s) => `https://www.adressa.no/${s}`), fc.constant(`https://www.vg.no/${'a'.repeat(10_000)}`)), (url) => {
        expectWithinContract(extract(FIXTURES[0]!, url));
      }),
      { numRuns: FUZZ_RUNS.pageUrls, seed: 8010 },
    );
  });

  it('gives a non-article snapshot, not an exception, when the document itself is broken', () => {
    const broken = new Proxy({}, { get: () => { throw new Error('hostile'); } }) as unknown as Document;
    const snapshot = extractSnapshot(broken, URLS[0]!);
    expectWithinContract(snapshot);
    expect(snapshot).toMatchObject({ isArticle: false, siteId: 'adressa', headline: null });
  });
});
