import { describe, expect, it } from 'vitest';
import {
  type Citable,
  citableFromEvent,
  citableFromResponse,
  citableFromSnapshot,
  citedPageUrl,
  formatCitation,
  parseCiteDate,
  parseName,
} from '../../utils/cite';

// Bjørn Villa's debate piece, as the dataset records it (data/stories/trondheim-it-skyen.json).
const VILLA_URL = 'https://www.adressa.no/meninger/ordetfritt/2021/01/22/IT-som-kommunalt-verkt%C3%B8y-under-en-pandemi-23364628.ece';
const VILLA: Citable = {
  kind: 'article',
  title: 'IT som kommunalt verktøy under en pandemi',
  authors: ['Bjørn Villa'],
  container: 'Adresseavisen',
  date: '2021-01-22',
  url: VILLA_URL,
  genre: 'opinion',
};
const VILLA_SOURCE = { publisher: 'Adresseavisen', title: 'IT som kommunalt verktøy under en pandemi', date: '2021-01-22', url: VILLA_URL };

// Placeholder people ("Kari/Ola Nordmann" are Norway's Jane and John Doe) on a reserved domain.
const PAIR: Citable = {
  kind: 'article',
  title: 'Kommunen flytter kontoret til skyen',
  authors: ['Kari Nordmann', 'Ola Nordmann'],
  container: 'Eksempelavisen',
  date: '2020-03-12',
  url: 'https://example.com/nyheter/skyen',
  genre: 'news',
};

describe('the Villa piece in every style', () => {
  it('APA 7, Norwegian manual: day before month in lower case, no "Hentet fra"', () => {
    const expected = `Villa, B. (2021, 22. januar). IT som kommunalt verktøy under en pandemi. Adresseavisen. ${VILLA_URL}`;
    expect(formatCitation(VILLA, 'apa', 'nb')).toBe(expected);
    expect(formatCitation(VILLA, 'apa', 'nn')).toBe(expected);
  });
  it('APA 7, English', () => {
    expect(formatCitation(VILLA, 'apa', 'en')).toBe(
      `Villa, B. (2021, January 22). IT som kommunalt verktøy under en pandemi. Adresseavisen. ${VILLA_URL}`,
    );
  });
  it('Chicago bibliography entry, Norwegian quotation marks with the period outside', () => {
    expect(formatCitation(VILLA, 'chicago', 'nb')).toBe(
      `Villa, Bjørn. «IT som kommunalt verktøy under en pandemi». Adresseavisen, 22. januar 2021. ${VILLA_URL}.`,
    );
  });
  it('Chicago bibliography entry, English', () => {
    expect(formatCitation(VILLA, 'chicago', 'en')).toBe(
      `Villa, Bjørn. "IT som kommunalt verktøy under en pandemi." Adresseavisen, January 22, 2021. ${VILLA_URL}.`,
    );
  });
  it('MLA 9 with abbreviated months', () => {
    expect(formatCitation(VILLA, 'mla', 'en')).toBe(
      `Villa, Bjørn. "IT som kommunalt verktøy under en pandemi." Adresseavisen, 22 Jan. 2021, ${VILLA_URL}.`,
    );
    expect(formatCitation(VILLA, 'mla', 'nb')).toBe(
      `Villa, Bjørn. «IT som kommunalt verktøy under en pandemi». Adresseavisen, 22. jan. 2021, ${VILLA_URL}.`,
    );
  });
  it('BibTeX (biblatex) keeps UTF-8, the day, and the URL untouched', () => {
    const expected = [
      '@article{villa2021it,',
      '  author = {Villa, Bjørn},',
      '  title = {{IT som kommunalt verktøy under en pandemi}},',
      '  journaltitle = {Adresseavisen},',
      '  entrysubtype = {newspaper},',
      '  date = {2021-01-22},',
      `  url = {${VILLA_URL}},`,
      '}',
    ].join('\n');
    expect(formatCitation(VILLA, 'bibtex', 'nb')).toBe(expected);
    expect(formatCitation(VILLA, 'bibtex', 'en')).toBe(expected);
  });
  it('CSL-JSON: one newspaper article', () => {
    const text = formatCitation(VILLA, 'csl-json', 'en');
    expect(JSON.parse(text)).toEqual([
      {
        id: 'villa2021it',
        type: 'article-newspaper',
        title: 'IT som kommunalt verktøy under en pandemi',
        author: [{ family: 'Villa', given: 'Bjørn' }],
        'container-title': 'Adresseavisen',
        issued: { 'date-parts': [[2021, 1, 22]] },
        URL: VILLA_URL,
      },
    ]);
    expect(text).toContain('"date-parts": [[2021, 1, 22]]');
    expect(formatCitation(VILLA, 'csl-json', 'nb')).toBe(text);
  });
  it('a Markdown link', () => {
    expect(formatCitation(VILLA, 'markdown', 'nb')).toBe(`[IT som kommunalt verktøy under en pandemi](${VILLA_URL}) (Adresseavisen, 22. januar 2021)`);
    expect(formatCitation(VILLA, 'markdown', 'en')).toBe(`[IT som kommunalt verktøy under en pandemi](${VILLA_URL}) (Adresseavisen, January 22, 2021)`);
  });
});

describe('several authors', () => {
  it('APA joins two with "&"; the Norwegian manual has no comma before it', () => {
    expect(formatCitation(PAIR, 'apa', 'nb')).toBe(
      'Nordmann, K. & Nordmann, O. (2020, 12. mars). Kommunen flytter kontoret til skyen. Eksempelavisen. https://example.com/nyheter/skyen',
    );
    expect(formatCitation(PAIR, 'apa', 'en')).toBe(
      'Nordmann, K., & Nordmann, O. (2020, March 12). Kommunen flytter kontoret til skyen. Eksempelavisen. https://example.com/nyheter/skyen',
    );
  });
  it('Chicago and MLA invert only the first name', () => {
    expect(formatCitation(PAIR, 'chicago', 'en')).toBe(
      'Nordmann, Kari, and Ola Nordmann. "Kommunen flytter kontoret til skyen." Eksempelavisen, March 12, 2020. https://example.com/nyheter/skyen.',
    );
    expect(formatCitation(PAIR, 'chicago', 'nb')).toBe(
      'Nordmann, Kari, og Ola Nordmann. «Kommunen flytter kontoret til skyen». Eksempelavisen, 12. mars 2020. https://example.com/nyheter/skyen.',
    );
    expect(formatCitation(PAIR, 'mla', 'en')).toBe(
      'Nordmann, Kari, and Ola Nordmann. "Kommunen flytter kontoret til skyen." Eksempelavisen, 12 Mar. 2020, https://example.com/nyheter/skyen.',
    );
  });
  it('BibTeX joins with "and", CSL-JSON lists each person', () => {
    expect(formatCitation(PAIR, 'bibtex', 'nb')).toContain('  author = {Nordmann, Kari and Nordmann, Ola},');
    expect(JSON.parse(formatCitation(PAIR, 'csl-json', 'nb'))[0].author).toEqual([
      { family: 'Nordmann', given: 'Kari' },
      { family: 'Nordmann', given: 'Ola' },
    ]);
  });
  it('three authors: APA lists all, MLA writes "et al.", Chicago lists all (no serial comma in Norwegian)', () => {
    const three = { ...PAIR, authors: ['Kari Nordmann', 'Ola Nordmann', 'Anne-Lise Hammer'] };
    expect(formatCitation(three, 'apa', 'en')).toMatch(/^Nordmann, K\., Nordmann, O\., & Hammer, A\.-L\. \(2020/);
    expect(formatCitation(three, 'apa', 'nb')).toMatch(/^Nordmann, K\., Nordmann, O\. & Hammer, A\.-L\. \(2020/);
    expect(formatCitation(three, 'mla', 'en')).toMatch(/^Nordmann, Kari, et al\. "Kommunen/);
    expect(formatCitation(three, 'chicago', 'en')).toMatch(/^Nordmann, Kari, Ola Nordmann, and Anne-Lise Hammer\. "/);
    expect(formatCitation(three, 'chicago', 'nb')).toMatch(/^Nordmann, Kari, Ola Nordmann og Anne-Lise Hammer\. «/);
  });
  it('Chicago shortens more than six authors to three and "et al."; APA shortens from 21 with ". . ."', () => {
    const seven = { ...PAIR, authors: ['A Aa', 'B Bb', 'C Cc', 'D Dd', 'E Ee', 'F Ff', 'G Gg'] };
    expect(formatCitation(seven, 'chicago', 'en')).toMatch(/^Aa, A, B Bb, C Cc, et al\. "/);
    const many = { ...PAIR, authors: Array.from({ length: 22 }, (_, i) => `Kari Nordmann${String.fromCharCode(65 + i)}`) };
    const apa = formatCitation(many, 'apa', 'en');
    expect(apa).toContain('NordmannS, K., . . . NordmannV, K. (2020');
    expect(apa).not.toContain('NordmannT');
  });
});

describe('titles in quotation marks', () => {
  it('quotation marks inside a title become the inner pair', () => {
    const quoted = { ...PAIR, title: 'Kommunen om «skyen»: – Vi er klare' };
    expect(formatCitation(quoted, 'chicago', 'nb')).toContain('«Kommunen om ‘skyen’: – Vi er klare».');
    expect(formatCitation({ ...PAIR, title: 'Mayor says "no" to cloud' }, 'mla', 'en')).toContain('"Mayor says ‘no’ to cloud."');
  });
  it('a title ending in a question mark takes no extra period', () => {
    const asking = { ...PAIR, title: 'Er kommunen klar for skyen?' };
    expect(formatCitation(asking, 'apa', 'nb')).toContain('(2020, 12. mars). Er kommunen klar for skyen? Eksempelavisen.');
    expect(formatCitation(asking, 'chicago', 'nb')).toContain('«Er kommunen klar for skyen?» Eksempelavisen,');
    expect(formatCitation(asking, 'chicago', 'en')).toContain('"Er kommunen klar for skyen?" Eksempelavisen,');
  });
});

describe('names', () => {
  it('initials keep hyphens and every given name; particles stay with the surname', () => {
    const apa = (name: string) => formatCitation({ ...PAIR, authors: [name] }, 'apa', 'nb').split(' (')[0];
    expect(apa('Anne-Lise Hammer')).toBe('Hammer, A.-L.');
    expect(apa('Jens Petter Hansen')).toBe('Hansen, J. P.');
    expect(apa('Kristin von der Lippe')).toBe('von der Lippe, K.');
    expect(apa('Øyvind Ås')).toBe('Ås, Ø.');
    expect(apa('Villa, Bjørn')).toBe('Villa, B.');
  });
  it('a byline that is an organisation or an agency stays whole', () => {
    expect(parseName('Trondheim kommune')).toEqual({ literal: 'Trondheim kommune' });
    expect(parseName('NTB')).toEqual({ literal: 'NTB' });
    expect(parseName('Atea ASA')).toEqual({ literal: 'Atea ASA' });
    expect(parseName('Kristin von der Lippe')).toEqual({ family: 'Lippe', given: 'Kristin', particle: 'von der' });
    expect(parseName('Our Foreign Staff')).toEqual({ literal: 'Our Foreign Staff' });
  });
  it('a byline in capitals is still a person, written as the byline writes it', () => {
    expect(parseName('STEVE PEOPLES')).toEqual({ family: 'PEOPLES', given: 'STEVE' });
    expect(parseName('AMELIA THOMSON-DEVEAUX')).toEqual({ family: 'THOMSON-DEVEAUX', given: 'AMELIA' });
  });
  it('a byline that repeats the outlet is the outlet', () => {
    const bbc = { ...PAIR, authors: ['BBC News'], container: 'BBC News' };
    expect(formatCitation(bbc, 'apa', 'en')).toMatch(/^BBC News\. \(2020, March 12\)\. Kommunen flytter kontoret til skyen\. https/);
  });
});

describe('an organisation as author', () => {
  const release: Citable = {
    kind: 'response',
    title: 'Kommunen svarer om skyløsningen',
    authors: [],
    organisation: 'Trondheim kommune',
    container: 'Trondheim kommune',
    date: '2016-08-29',
    url: 'https://example.com/trondheim/svar',
  };
  it('APA writes the organisation whole and drops a site name that repeats it', () => {
    expect(formatCitation(release, 'apa', 'nb')).toBe(
      'Trondheim kommune. (2016, 29. august). Kommunen svarer om skyløsningen. https://example.com/trondheim/svar',
    );
  });
  it('MLA starts with the title when the organisation is also the publisher; Chicago keeps both', () => {
    expect(formatCitation(release, 'mla', 'en')).toBe(
      '"Kommunen svarer om skyløsningen." Trondheim kommune, 29 Aug. 2016, https://example.com/trondheim/svar.',
    );
    expect(formatCitation(release, 'chicago', 'en')).toBe(
      'Trondheim kommune. "Kommunen svarer om skyløsningen." Trondheim kommune, August 29, 2016. https://example.com/trondheim/svar.',
    );
  });
  it('BibTeX braces the organisation; CSL-JSON gives it as a literal; a non-news page is @online / webpage', () => {
    const bib = formatCitation(release, 'bibtex', 'nb');
    expect(bib).toMatch(/^@online\{trondheimkommune2016kommunen,/);
    expect(bib).toContain('  author = {{Trondheim kommune}},');
    expect(bib).toContain('  organization = {Trondheim kommune},');
    const [item] = JSON.parse(formatCitation(release, 'csl-json', 'nb'));
    expect(item.type).toBe('webpage');
    expect(item.author).toEqual([{ literal: 'Trondheim kommune' }]);
  });
});

describe('dates are cited no more precisely than known', () => {
  const month = { ...PAIR, date: '2021-01' };
  const year = { ...PAIR, date: '2016' };
  it('to the month', () => {
    expect(formatCitation(month, 'apa', 'nb')).toContain('(2021, januar).');
    expect(formatCitation(month, 'apa', 'en')).toContain('(2021, January).');
    expect(formatCitation(month, 'chicago', 'nb')).toContain('Eksempelavisen, januar 2021.');
    expect(formatCitation(month, 'mla', 'en')).toContain('Eksempelavisen, Jan. 2021,');
    expect(formatCitation(month, 'bibtex', 'en')).toContain('  date = {2021-01},');
    expect(JSON.parse(formatCitation(month, 'csl-json', 'en'))[0].issued).toEqual({ 'date-parts': [[2021, 1]] });
    expect(formatCitation(month, 'markdown', 'nb')).toContain('(Eksempelavisen, januar 2021)');
  });
  it('to the year', () => {
    expect(formatCitation(year, 'apa', 'nb')).toContain('Nordmann, O. (2016). Kommunen');
    expect(formatCitation(year, 'chicago', 'en')).toContain('Eksempelavisen, 2016.');
    expect(formatCitation(year, 'mla', 'nb')).toContain('Eksempelavisen, 2016,');
    expect(formatCitation(year, 'bibtex', 'en')).toContain('  date = {2016},');
    expect(JSON.parse(formatCitation(year, 'csl-json', 'en'))[0].issued).toEqual({ 'date-parts': [[2016]] });
  });
  it('unknown: "u.å." in Norwegian and "n.d." in English; CSL-JSON leaves it out', () => {
    const none = { ...PAIR, date: null };
    expect(formatCitation(none, 'apa', 'nb')).toContain('Nordmann, O. (u.å.). Kommunen');
    expect(formatCitation(none, 'apa', 'en')).toContain('Nordmann, O. (n.d.). Kommunen');
    expect(JSON.parse(formatCitation(none, 'csl-json', 'en'))[0].issued).toBeUndefined();
  });
  it('a page instant is cited by its calendar day in Oslo', () => {
    expect(parseCiteDate('2021-01-22T23:30:00Z')).toEqual({ year: 2021, month: 1, day: 23 });
    expect(parseCiteDate('2021-07-22T22:30:00+00:00')).toEqual({ year: 2021, month: 7, day: 23 });
    expect(parseCiteDate('2021-01-22T06:00:00+01:00')).toEqual({ year: 2021, month: 1, day: 22 });
    expect(formatCitation({ ...VILLA, date: '2021-01-22T23:30:00Z' }, 'apa', 'nb')).toContain('(2021, 23. januar)');
    expect(parseCiteDate('yesterday')).toBeNull();
    expect(parseCiteDate('2021-02-30')).toBeNull();
  });
  it('an access date appears only in BibTeX and CSL-JSON, and only when given', () => {
    expect(formatCitation(VILLA, 'bibtex', 'nb')).not.toContain('urldate');
    const read = { ...VILLA, accessed: '2024-05-02' };
    expect(formatCitation(read, 'bibtex', 'nb')).toContain('  urldate = {2024-05-02},');
    expect(JSON.parse(formatCitation(read, 'csl-json', 'nb'))[0].accessed).toEqual({ 'date-parts': [[2024, 5, 2]] });
    expect(formatCitation(read, 'apa', 'nb')).toBe(formatCitation(VILLA, 'apa', 'nb'));
  });
});

describe('characters that mean something in BibTeX and Markdown', () => {
  const tricky: Citable = {
    ...PAIR,
    title: 'Skyen & budsjettet: 50 % kutt i #IT_drift {nå} $ ~ ^ \\ *viktig* [lenke] <b>`kode`',
    authors: ['Kari Nordmann'],
  };
  it('BibTeX escapes every special character and still keeps "å"', () => {
    expect(formatCitation(tricky, 'bibtex', 'nb')).toContain(
      '  title = {{Skyen \\& budsjettet: 50 \\% kutt i \\#IT\\_drift \\{nå\\} \\$ \\~{} \\^{} \\textbackslash{} *viktig* [lenke] <b>`kode`}},',
    );
  });
  it('Markdown escapes emphasis, brackets, HTML and code', () => {
    expect(formatCitation(tricky, 'markdown', 'nb')).toBe(
      '[Skyen & budsjettet: 50 % kutt i #IT\\_drift {nå} $ ~ ^ \\\\ \\*viktig\\* \\[lenke\\] \\<b\\>\\`kode\\`](https://example.com/nyheter/skyen) (Eksempelavisen, 12. mars 2020)',
    );
  });
  it('a line break in a title cannot start a heading or a list', () => {
    const text = formatCitation({ ...PAIR, url: null, title: '# Overskrift\n- punkt' }, 'markdown', 'nb');
    expect(text).toBe('\\# Overskrift - punkt (Eksempelavisen, 12. mars 2020)');
  });
  it('a URL with brackets or spaces does not end the Markdown link early', () => {
    const text = formatCitation({ ...PAIR, url: 'https://example.com/a_(b)?q=x y' }, 'markdown', 'nb');
    expect(text).toBe('[Kommunen flytter kontoret til skyen](https://example.com/a_%28b%29?q=x%20y) (Eksempelavisen, 12. mars 2020)');
  });
});

describe('only web links are cited', () => {
  it.each(['javascript:alert(document.cookie)', 'JAVASCRIPT:alert(1)', 'data:text/html,<script>alert(1)</script>', 'file:///etc/passwd'])(
    '%s appears in no style',
    (url) => {
      for (const style of ['apa', 'chicago', 'mla', 'bibtex', 'csl-json', 'markdown'] as const) {
        for (const lang of ['nb', 'en'] as const) {
          const text = formatCitation({ ...VILLA, url }, style, lang);
          expect(text.toLowerCase()).not.toContain(url.slice(0, 5).toLowerCase());
        }
      }
      expect(formatCitation({ ...VILLA, url }, 'markdown', 'nb')).toBe('IT som kommunalt verktøy under en pandemi (Adresseavisen, 22. januar 2021)');
      expect(formatCitation({ ...VILLA, url }, 'apa', 'en')).toBe('Villa, B. (2021, January 22). IT som kommunalt verktøy under en pandemi. Adresseavisen.');
    },
  );
});

describe('adapters', () => {
  it('a response published as a debate piece cites that piece, signed by the person who answered', () => {
    const response = { personName: 'Bjørn Villa', organisationName: 'Trondheim kommune', channel: 'debate-piece', date: '2021-01-22', sources: [VILLA_SOURCE] };
    const citable = citableFromResponse(response);
    expect(citable).toMatchObject({ kind: 'response', authors: ['Bjørn Villa'], container: 'Adresseavisen', url: VILLA_URL, genre: 'opinion' });
    expect(formatCitation(citable, 'apa', 'nb')).toBe(formatCitation(VILLA, 'apa', 'nb'));
  });
  it('a response uses its first source that has a link', () => {
    const citable = citableFromResponse({
      personName: null,
      organisationName: 'Trondheim kommune',
      channel: 'press-release',
      date: '2016-06',
      sources: [{ publisher: 'Trondheim kommune', title: '[pressemelding uten kjent adresse]' }, { ...VILLA_SOURCE }],
    });
    expect(citable).toMatchObject({ authors: [], organisation: 'Trondheim kommune', url: VILLA_URL, title: VILLA_SOURCE.title });
  });
  it('a statement reported by others names no author the dataset does not know', () => {
    const citable = citableFromResponse({ personName: 'Bjørn Villa', organisationName: 'Trondheim kommune', channel: 'statement', date: '2021-01-22', sources: [VILLA_SOURCE] });
    expect(citable.authors).toEqual([]);
    expect(citable.organisation).toBeUndefined();
  });
  it('an event cites its first source, by title since sources name no author', () => {
    const citable = citableFromEvent({
      title: 'Arbeidet med temaplan for IT',
      date: '2013',
      sources: [
        { ...VILLA_SOURCE, note: 'Sier 2013.' },
        { publisher: 'Trondheim kommune (OMI-bloggen)', title: 'Veien fram til valget av Google Apps for Work', date: '2016-08-29' },
      ],
    });
    expect(formatCitation(citable, 'apa', 'nb')).toBe(`IT som kommunalt verktøy under en pandemi. (2021, 22. januar). Adresseavisen. ${VILLA_URL}`);
    expect(formatCitation(citable, 'chicago', 'nb')).toBe(`«IT som kommunalt verktøy under en pandemi». Adresseavisen, 22. januar 2021. ${VILLA_URL}.`);
  });
  it('the open page: the dataset outlet name replaces the brand in og:site_name', () => {
    const snapshot = {
      headline: 'IT som kommunalt verktøy under en pandemi',
      byline: ['Bjørn Villa'],
      siteName: 'Adressa',
      published: '2021-01-22T05:00:00+01:00',
      canonicalUrl: VILLA_URL,
      pageUrl: VILLA_URL,
      isOpinion: true,
    };
    const article = { headline: 'IT som kommunalt verktøy under en pandemi', outletName: 'Adresseavisen', published: '2021-01-22', genre: 'opinion' as const };
    expect(formatCitation(citableFromSnapshot(snapshot, article), 'apa', 'nb')).toBe(formatCitation(VILLA, 'apa', 'nb'));
    expect(formatCitation(citableFromSnapshot(snapshot), 'markdown', 'nb')).toBe(`[IT som kommunalt verktøy under en pandemi](${VILLA_URL}) (Adressa, 22. januar 2021)`);
  });
  it('the open page is cited at its own address, without tracking parameters or fragment', () => {
    const page = { canonicalUrl: 'https://adressa.no/a-1.ece', pageUrl: 'https://www.adressa.no/a-1.ece?utm_source=facebook&fbclid=x&page=2#kommentarer' };
    expect(citedPageUrl(page)).toBe('https://www.adressa.no/a-1.ece?page=2');
    expect(citedPageUrl({ ...page, pageUrl: 'about:blank' })).toBe('https://adressa.no/a-1.ece');
  });
  it('an unsigned news page is listed under the paper in Chicago and by title in APA', () => {
    const unsigned = { ...PAIR, authors: [] };
    expect(formatCitation(unsigned, 'chicago', 'en')).toBe('Eksempelavisen. "Kommunen flytter kontoret til skyen." March 12, 2020. https://example.com/nyheter/skyen.');
    expect(formatCitation(unsigned, 'apa', 'en')).toBe('Kommunen flytter kontoret til skyen. (2020, March 12). Eksempelavisen. https://example.com/nyheter/skyen');
  });
});
