// Pages built to exhaust the extractor: the caps on what is read keep the work bounded (the times are in
// `npm run bench:extract`) and the result correct and within the snapshot contract.
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { extractSnapshot } from '../../utils/extract';
import { deepDomPage, deepJsonPage, hugeJsonLdPage, hugePage, STRESS_URL } from '../../utils/extract/stress';
import { MAX_SNAPSHOT_TEXT } from '../../utils/snapshot';
import { expectWithinContract } from './snapshot-contract';

const extract = (html: string, url = STRESS_URL) => extractSnapshot(parseHTML(html).document as unknown as Document, url);

describe('extraction under stress', () => {
  it('reads a 5 MB page of 50,000 elements, ignoring what lies past the element cap', () => {
    const html = hugePage();
    expect(html.length).toBeGreaterThan(5_000_000);
    const snapshot = extract(html);
    expectWithinContract(snapshot);
    // The headline is the page's own, not the JSON-LD past the cap nor any of the 1,000 other <h1>s.
    expect(snapshot).toMatchObject({ isArticle: true, headline: 'Stor side', published: '2021-01-01T10:00:00+01:00', language: 'nb' });
    // The JSON-LD past the cap names an author; the headline alone could not show it unread (three sources outvote it).
    expect(snapshot.byline).toEqual([]);
    // A 1 MB description attribute arrives cut to the cap.
    expect(snapshot.description).toHaveLength(1000);
  });

  it('skips a JSON-LD script of 10 MB and falls back on the Open Graph head', () => {
    const snapshot = extract(hugeJsonLdPage());
    expectWithinContract(snapshot);
    expect(snapshot.headline).toBe('Stor JSON-LD');
    // Its author would be the byline, had it been read.
    expect(snapshot.byline).toEqual([]);
  });

  it('does not descend into JSON-LD nested 10,000 deep', () => {
    const snapshot = extract(deepJsonPage());
    expectWithinContract(snapshot);
    expect(snapshot.headline).toBe('Dyp JSON');
    expect(snapshot.byline).toEqual([]);
  });

  it('still finds the headline and byline inside elements nested 10,000 deep', () => {
    const snapshot = extract(deepDomPage());
    expectWithinContract(snapshot);
    expect(snapshot).toMatchObject({ headline: 'Dyp side', byline: ['Kari Nordmann'] });
  });

  it('reads JSON-LD after any number of other elements, but not after 10,000 elements of the kinds it reads', () => {
    const ld = '<script type="application/ld+json">{"@type":"NewsArticle","headline":"LD-tittel","author":{"name":"Ola Nordmann"}}</script>';
    const page = (filler: string) => `<html><head><title>Annen tittel</title></head><body>${filler}${ld}<h1>Annen tittel</h1></body></html>`;
    expect(extract(page('<i></i>'.repeat(30_000))).byline).toEqual(['Ola Nordmann']);
    expect(extract(page('<p>x</p>'.repeat(100))).byline).toEqual(['Ola Nordmann']);
    expect(extract(page('<p>x</p>'.repeat(10_000))).byline).toEqual([]);
  });

  it('caps URLs, names and repeated metadata at what the background accepts', () => {
    const longUrl = `https://www.adressa.no/nyheter/2021/01/01/x-29999997.ece?q=${'a'.repeat(20_000)}`;
    // Names of letters only (a name with digits is not taken as one): 500 different ones.
    const letters = (i: number) => String.fromCharCode(65 + (i % 26)) + String.fromCharCode(97 + Math.floor(i / 26));
    const authors = Array.from({ length: 500 }, (_, i) => `<meta name="author" content="Person Nummer${letters(i)}">`).join('');
    const html = `<html><head><title>T</title><link rel="canonical" href="${longUrl}">${authors}<meta property="og:title" content="${'Ø'.repeat(100_000)}"></head><body><h1>${'H'.repeat(100_000)}</h1></body></html>`;
    const snapshot = extract(html, longUrl);
    expectWithinContract(snapshot);
    expect(snapshot.headline!.length).toBe(500);
    expect(snapshot.byline).toHaveLength(10);
    expect(snapshot.pageUrl).toHaveLength(MAX_SNAPSHOT_TEXT);
    expect(snapshot.canonicalUrl).toHaveLength(MAX_SNAPSHOT_TEXT);
  });
});
