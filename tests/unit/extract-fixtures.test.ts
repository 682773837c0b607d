// Extraction on our own fixture pages, one per publisher family (tests/fixtures/*.html, all made up; see the
// comment at the top of each for the markup it imitates and the URL it stands for).
import { readFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { extractSnapshot } from '../../utils/extract';
import { OPINION_LABELS } from '../../utils/sites/define';

/** Extracts a fixture page served under `url`, after an optional edit of its markup. */
function fixture(name: string, url: string, edit: (html: string) => string = (html) => html) {
  const { document } = parseHTML(edit(readFileSync(new URL(`../fixtures/${name}`, import.meta.url), 'utf8')));
  return extractSnapshot(document as unknown as Document, url);
}

describe('Schibsted /i/ platform (VG)', () => {
  const s = fixture('vg-sport-news.html', 'https://www.vg.no/sport/i/Fx7Qa2/fixture-roerne-klare-for-finale?utm_source=vgfront');

  it('is a news article with its fields', () => {
    expect(s).toMatchObject({
      siteId: 'vg',
      isArticle: true,
      headline: 'Roerne klare for finale',
      byline: ['NTB'],
      published: '2024-07-31T09:31:33Z',
      modified: '2024-07-31T10:02:00Z',
      siteName: 'VG',
      section: 'Sport',
      isOpinion: false,
      paywalled: false,
      language: 'nb',
    });
  });

  it('prefers the full canonical link to the short og:url, and both give the same article id', () => {
    expect(s.canonicalUrl).toBe('https://vg.no/sport/i/Fx7Qa2/fixture-roerne-klare-for-finale');
    expect(s.outletArticleId).toBe('vg:Fx7Qa2');
    const short = fixture('vg-sport-news.html', 'https://www.vg.no/i/Fx7Qa2');
    expect(short.outletArticleId).toBe('vg:Fx7Qa2');
  });

  it('is paywalled when the page carries VG’s paywall login link', () => {
    const html = readFileSync(new URL('../fixtures/vg-sport-news.html', import.meta.url), 'utf8').replace('<main>', '<main><a id="paywall-login-link" href="/login">Logg inn</a>');
    const { document } = parseHTML(html);
    expect(extractSnapshot(document as unknown as Document, 'https://www.vg.no/sport/i/Fx7Qa2/x').paywalled).toBe(true);
  });
});

describe('Schibsted opinion (Aftenposten debate piece)', () => {
  const url = 'https://www.aftenposten.no/meninger/debatt/i/Kb3Lm9/fixture-mer-sykkelparkering';

  it('is an opinion article by its URL', () => {
    const s = fixture('aftenposten-debate.html', url);
    expect(s).toMatchObject({ siteId: 'aftenposten', isArticle: true, isOpinion: true, byline: ['Ola Fiksjonsen'], outletArticleId: 'aftenposten:Kb3Lm9' });
  });

  // The page's own addresses (canonical link, og:url, JSON-LD url) are read too: take every opinion path out of the
  // markup, so only the label can say opinion. The fixture has no og:url or JSON-LD url; the checks keep it so.
  const NEWS_URL = 'https://www.aftenposten.no/norge/i/Kb3Lm9/fixture-mer-sykkelparkering';
  const withoutOpinionUrls = (html: string) => {
    const edited = html.replace(/<link rel="canonical"[^>]*>/, '');
    expect(edited).not.toContain('rel="canonical"');
    expect(edited).not.toMatch(/og:url|"url"\s*:/);
    // The fixture's opening comment names the address it stands for; no markup outside comments may.
    expect(edited.replace(/<!--[\s\S]*?-->/g, '')).not.toMatch(/\/meninger\/|\/debatt\//);
    return edited;
  };

  it('is an opinion article by its visible label alone', () => {
    const s = fixture('aftenposten-debate.html', NEWS_URL, withoutOpinionUrls);
    expect(s.canonicalUrl).toBe('https://aftenposten.no/norge/i/Kb3Lm9/fixture-mer-sykkelparkering');
    expect(s.isOpinion).toBe(true);
  });

  it('is not opinion with neither the label nor an opinion address (the control for the test above)', () => {
    const s = fixture('aftenposten-debate.html', NEWS_URL, (html) => {
      const edited = withoutOpinionUrls(html).replace(/<p class="article-label">[^<]*<\/p>/, '');
      const markup = edited.replace(/<!--[\s\S]*?-->/g, '').toLowerCase();
      for (const label of OPINION_LABELS) expect(markup).not.toContain(label.toLowerCase());
      return edited;
    });
    expect(s).toMatchObject({ siteId: 'aftenposten', isArticle: true, isOpinion: false, outletArticleId: 'aftenposten:Kb3Lm9' });
  });
});

describe('Polaris legacy .ece (iTromsø leader)', () => {
  const s = fixture('itromso-legacy-leader.html', 'https://www.itromso.no/nyheter/2018/05/26/Fixture-Byen-trenger-flere-benker-99999995.ece');

  it('is a leader: the URL section says news, the "iTromsø mener:" label says opinion', () => {
    expect(s).toMatchObject({ siteId: 'itromso', isArticle: true, isOpinion: true, outletArticleId: 'itromso:99999995', section: 'nyheter' });
    expect(s.published).toBe('2018-05-26T08:00:00+02:00');
  });
});

describe('Amedia /s/ story (Nettavisen)', () => {
  const s = fixture('nettavisen-story.html', 'https://www.nettavisen.no/nyheter/fixture-ferjen-kom-i-rute/s/5-95-1000001');

  it('reads lp: meta, a headline that starts with a newline and the +0200 offset', () => {
    expect(s).toMatchObject({
      siteId: 'nettavisen',
      isArticle: true,
      headline: 'Ferjen kom i rute',
      byline: ['Kari Testesen'],
      published: '2024-08-04T10:21:45+02:00',
      siteName: 'Nettavisen',
      section: 'nyheter',
      isOpinion: false,
      paywalled: false,
      language: 'no',
    });
  });

  it('gives the story URL and the short og:url the same article id', () => {
    expect(s.outletArticleId).toBe('nettavisen:5-95-1000001');
    expect(fixture('nettavisen-story.html', 'https://www.nettavisen.no/5-95-1000001').outletArticleId).toBe('nettavisen:5-95-1000001');
  });
});

describe('Amedia /o/ opinion, 2017 markup (Fredriksstad Blad)', () => {
  const s = fixture('fb-opinion-2017.html', 'https://www.f-b.no/fixture-bygg-ny-bro/o/5-59-1000002?ns_campaign=frontpage&ns_mchannel=recommend_button');

  it('is opinion from /o/, with the name= meta variant and the tracking parameters dropped', () => {
    expect(s).toMatchObject({
      siteId: 'f-b',
      isArticle: true,
      isOpinion: true,
      headline: 'Bygg ny bro over elva',
      byline: ['Per Fiksjon'],
      published: '2017-05-02T07:10:00+02:00',
      siteName: 'Fredriksstad Blad',
      canonicalUrl: 'https://f-b.no/fixture-bygg-ny-bro/o/5-59-1000002',
      outletArticleId: 'f-b:5-59-1000002',
    });
  });

  it('does not take the slug for a section', () => {
    expect(s.section).toBeNull();
  });
});

describe('paywalled stub (Bergensavisen)', () => {
  it('is an article behind the paywall', () => {
    const s = fixture('ba-paywalled-stub.html', 'https://www.ba.no/nyheter/fixture-nytt-bybanestopp/s/5-8-1000003');
    expect(s).toMatchObject({ siteId: 'ba', isArticle: true, paywalled: true, headline: 'Nytt bybanestopp på plass', byline: ['Siri Eksempel'] });
  });
});

describe('NRK', () => {
  it('reads a district story: og:title over the <h1>, names without "/ Journalist", the URL section over the code "dk"', () => {
    const s = fixture('nrk-district-news.html', 'https://www.nrk.no/nordland/fixture-ny-fergekai-apnet-1.99999991');
    expect(s).toMatchObject({
      siteId: 'nrk',
      isArticle: true,
      headline: 'Ny fergekai åpnet i Nordland',
      byline: ['Einar Eksempel', 'Ingrid Prøve'],
      published: '2024-08-04T01:38:14+02:00',
      siteName: 'NRK',
      section: 'nordland',
      isOpinion: false,
      outletArticleId: 'nrk:1.99999991',
    });
  });

  it('takes /ytring/ for opinion', () => {
    const s = fixture('nrk-ytring.html', 'http://www.nrk.no/ytring/fixture-la-bibliotekene-vaere-apne-1.99999992');
    expect(s).toMatchObject({ isArticle: true, isOpinion: true, outletArticleId: 'nrk:1.99999992', canonicalUrl: 'https://nrk.no/ytring/fixture-la-bibliotekene-vaere-apne-1.99999992' });
  });
});

describe('Dagbladet', () => {
  const s = fixture('dagbladet-news.html', 'https://www.dagbladet.no/nyheter/fixture-ny-rekord-i-fjellet/99999993');

  it('is an open news article', () => {
    expect(s).toMatchObject({ siteId: 'dagbladet', isArticle: true, paywalled: false, isOpinion: false, siteName: 'dagbladet.no', section: 'nyheter', outletArticleId: 'dagbladet:99999993' });
    expect(s.published).toBe('2024-05-09T11:26:41Z');
  });

  it('names both authors of the visible byline when the JSON-LD names only one of them', () => {
    expect(s.byline).toEqual(['Ingrid Eksempel', 'Marte Prøvesen']);
  });

  it('uses og:title, which the <h1> agrees with, over a JSON-LD headline with a kicker', () => {
    expect(s.headline).toBe('Ny rekord i fjellet');
  });
});

describe('pages that are not articles', () => {
  it('a front page with teasers that carry bylines and times', () => {
    const s = fixture('vg-front-page.html', 'https://www.vg.no/');
    expect(s).toMatchObject({ siteId: 'vg', isArticle: false, outletArticleId: null, published: null, canonicalUrl: 'https://vg.no/' });
  });

  it('a section page with og:type=article and an opinion label on a teaser', () => {
    const s = fixture('aftenposten-section-page.html', 'https://www.aftenposten.no/meninger/debatt');
    expect(s).toMatchObject({ siteId: 'aftenposten', isArticle: false, outletArticleId: null });
  });
});

describe('live blog (TV 2)', () => {
  const s = fixture('tv2-live-blog.html', 'https://www.tv2.no/a/99999994/');

  it('is an article, dated by its start and not by its latest update', () => {
    expect(s).toMatchObject({ siteId: 'tv2', isArticle: true, headline: 'Direkte: Uvær over Vestlandet', byline: ['Nora Testesen'], outletArticleId: 'tv2:99999994' });
    expect(s.published).toBe('2024-10-15T06:00:00+02:00');
    expect(s.modified).toBe('2024-10-15T09:45:00+02:00');
  });
});
