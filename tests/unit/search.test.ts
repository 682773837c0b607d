import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalizeHeadline } from '../../utils/match/headline';
import { packSections, Sections } from '../../utils/search/binary';
import { B, Bm25Index, buildBm25, K1 } from '../../utils/search/bm25';
import { buildTable, Table } from '../../utils/search/table';
import { analyze, foldText, stem } from '../../utils/search/text';

describe('Norwegian text analysis', () => {
  it('keeps æ, ø and å, and folds other diacritics and case', () => {
    expect(foldText('ÆRLIG Østre Åsane Café Ünal')).toBe('ærlig østre åsane cafe unal');
    expect(foldText('år')).not.toBe(foldText('ar'));
  });

  it('drops function words and reduces inflections to one stem', () => {
    expect(analyze('Kommunen og kommunens ansatte i skyen')).toEqual(['kommun', 'kommun', 'ansatt', 'sky']);
    expect(stem('skytjenester')).toBe(stem('skytjenesten'));
    expect(stem('pandemien')).toBe(stem('pandemi'));
  });

  it('keeps IT and splits hyphenated words', () => {
    expect(analyze('IT-sjef i Trondheim kommune')).toEqual(['it', 'sjef', 'trondheim', 'kommun']);
  });
});

describe('binary hash table', () => {
  it('finds every key it was built with and no other', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.string({ minLength: 1, maxLength: 12 }), { maxLength: 60 }), fc.string({ maxLength: 12 }), (keys, probe) => {
        const entries = new Map(keys.map((k, i) => [k, [i, i + 1]]));
        const table = new Table(new Sections(packSections(buildTable('t', entries))), 't');
        keys.forEach((k, i) => expect([...(table.get(k) ?? [])]).toEqual([i, i + 1]));
        if (!entries.has(probe)) expect(table.get(probe)).toBeNull();
      }),
    );
  });
});

describe('BM25', () => {
  const words = ['bru', 'skole', 'vei', 'sky', 'google', 'atea', 'trondheim', 'bergen', 'helse', 'vann'];

  it('ranks like a plain BM25 computed term by term', () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(fc.constantFrom(...words), { minLength: 1, maxLength: 12 }), { minLength: 1, maxLength: 25 }),
        fc.uniqueArray(fc.constantFrom(...words), { minLength: 1, maxLength: 4 }),
        (docs, query) => {
          const index = new Bm25Index(new Sections(packSections(buildBm25('x', docs.map((d) => [{ text: d.join(' '), weight: 1 }])))), 'x');
          // The index stems its words; the query goes through the same analysis.
          const hits = index.search(query.map((word) => ({ term: analyze(word)[0]!, weight: 1 })), docs.length);
          const avg = docs.reduce((s, d) => s + d.length, 0) / docs.length;
          const expected = docs
            .map((d, doc) => {
              let score = 0;
              for (const term of query) {
                const tf = d.filter((w) => w === term).length;
                if (!tf) continue;
                const df = docs.filter((x) => x.includes(term)).length;
                const idf = Math.log(1 + (docs.length - df + 0.5) / (df + 0.5));
                score += (idf * tf * (K1 + 1)) / (tf + K1 * (1 - B + (B * d.length) / avg));
              }
              return { doc, score };
            })
            .filter((x) => x.score > 0);
          expect(hits.length).toBe(expected.length);
          for (const hit of hits) {
            expect(hit.score).toBeCloseTo(expected.find((x) => x.doc === hit.doc)!.score, 3);
          }
          for (let i = 1; i < hits.length; i++) expect(hits[i - 1]!.score).toBeGreaterThanOrEqual(hits[i]!.score);
        },
      ),
      { numRuns: 60 },
    );
  });

  it('says which query terms each hit contains', () => {
    const index = new Bm25Index(
      new Sections(packSections(buildBm25('x', [[{ text: 'Google sky Trondheim', weight: 1 }], [{ text: 'Bergen bru', weight: 1 }]]))),
      'x',
    );
    const [hit] = index.search([{ term: 'bergen', weight: 1 }, { term: 'googl', weight: 1 }, { term: 'sky', weight: 1 }], 5);
    expect(hit!.doc).toBe(0);
    expect(hit!.termMask).toBe(0b110);
  });

  it('weights fields: a word in the title counts more than the same word in the summary', () => {
    const docs = [
      [{ text: 'skolemat', weight: 1 }, { text: 'nyheter fra byen', weight: 3 }],
      [{ text: 'nyheter fra byen', weight: 1 }, { text: 'skolemat', weight: 3 }],
    ];
    const index = new Bm25Index(new Sections(packSections(buildBm25('x', docs))), 'x');
    expect(index.search([{ term: 'skolemat', weight: 1 }], 2)[0]!.doc).toBe(1);
  });
});

describe('BM25 pruning in a large index', () => {
  // 6,000 documents: every one holds "vanlig"; every hundredth also "sjelden"; one holds "unik" and "vanlig" twice.
  const docs = Array.from({ length: 6000 }, (_, i) => [
    { text: ['vanlig', i % 100 === 0 ? 'sjelden' : 'fyll', i === 4321 ? 'unik vanlig' : ''].join(' '), weight: 1 },
  ]);
  const index = new Bm25Index(new Sections(packSections(buildBm25('x', docs))), 'x');

  it('lets a term found almost everywhere only rank documents a rarer term found', () => {
    const hits = index.search([{ term: 'unik', weight: 1 }, { term: 'vanlig', weight: 1 }], 10);
    expect(hits.map((h) => h.doc)).toEqual([4321]);
    expect(hits[0]!.termMask).toBe(0b11);
  });

  it('still ranks by the common term alone when the query has nothing rarer', () => {
    expect(index.search([{ term: 'vanlig', weight: 1 }], 10)[0]!.doc).toBe(4321);
  });

  it('keeps the exact top results when rarer terms decide them', () => {
    const hits = index.search(index.queryTerms('unik sjelden'), 3);
    expect(hits[0]!.doc).toBe(4321);
    expect(hits).toHaveLength(3);
    expect(hits.slice(1).every((h) => h.doc % 100 === 0)).toBe(true);
  });
});

describe('headline normalisation', () => {
  it('ignores case, quotes, dashes and accents but keeps æ, ø and å', () => {
    expect(normalizeHeadline('«Café-drift» – ÅPNER igjen!')).toBe(normalizeHeadline('cafe drift åpner igjen'));
    expect(normalizeHeadline('Året')).not.toBe(normalizeHeadline('Aret'));
  });
});
