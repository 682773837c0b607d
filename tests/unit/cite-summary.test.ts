import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { contextSummaryMarkdown } from '../../utils/cite';
import { SUMMARY_WORDS } from '../../utils/cite/words';

// Entries of data/stories/trondheim-it-skyen.json, as the matcher hands them to the popup.
const VILLA_URL = 'https://www.adressa.no/meninger/ordetfritt/2021/01/22/IT-som-kommunalt-verkt%C3%B8y-under-en-pandemi-23364628.ece';
const VILLA_SOURCE = { publisher: 'Adresseavisen', title: 'IT som kommunalt verktøy under en pandemi', date: '2021-01-22', url: VILLA_URL };
const OMI_URL = 'http://blogg.trondheim.kommune.no/omi/2016/08/29/veien-fram-til-valget-av-google-apps-for-work/';

const snapshot = {
  headline: 'IT som kommunalt verktøy under en pandemi',
  byline: ['Bjørn Villa'],
  siteName: 'Adressa',
  published: '2021-01-22T05:00:00+01:00',
  canonicalUrl: VILLA_URL,
  pageUrl: VILLA_URL,
};

const context = {
  article: { headline: 'IT som kommunalt verktøy under en pandemi', outletName: 'Adresseavisen', published: '2021-01-22' },
  responses: [
    {
      personName: 'Bjørn Villa',
      role: 'IT-sjef',
      organisationName: 'Trondheim kommune',
      date: '2021-01-22',
      channel: 'debate-piece',
      stance: 'disputes',
      summary: 'Kommunen kjenner seg ikke igjen i Ateas beskrivelse og har sagt fra til Atea.',
      quote: 'Denne beskrivelsen kjenner vi oss overhodet ikke igjen i, og det har vi selvsagt formidlet til ATEA.',
      respondsTo: {
        headline: null,
        outletName: 'Adresseavisen',
        date: '2021-01',
        url: null,
        claim: 'Atea skal ha sagt at kommunen satt med mange innkjøpte digitale løsninger som ikke var rullet ut.',
      },
      sources: [VILLA_SOURCE],
    },
  ],
  timeline: [
    {
      date: '2013',
      dateNote: 'Kildene sier ulikt: Villa skriver 2013; kommunens bloggpost sier 2013–2014.',
      title: 'Arbeidet med temaplan for IT',
      current: false,
      sources: [
        { ...VILLA_SOURCE, note: 'Sier 2013.' },
        { publisher: 'Trondheim kommune (OMI-bloggen)', title: 'Veien fram til valget av Google Apps for Work', date: '2016-08-29', url: OMI_URL },
      ],
    },
    { date: '2021-01', dateNote: null, title: 'Atea omtaler kommunens digitale løsninger i Adresseavisen', current: false, sources: [VILLA_SOURCE] },
    { date: '2021-01-22', dateNote: null, title: 'IT-sjef Bjørn Villa svarer i Adresseavisen', current: true, sources: [VILLA_SOURCE] },
  ],
};

const villaLink = (date: string) => `[IT som kommunalt verktøy under en pandemi](${VILLA_URL}) (Adresseavisen, ${date})`;

describe('context summary for the Villa piece', () => {
  const nb = contextSummaryMarkdown(snapshot, context, 'nb');
  const lines = nb.split('\n');

  it('opens with the article: headline as a link, then byline, outlet and date', () => {
    expect(lines[0]).toBe(`## [IT som kommunalt verktøy under en pandemi](${VILLA_URL})`);
    expect(lines[2]).toBe('Bjørn Villa · Adresseavisen · 22. januar 2021');
  });
  it('lists the response with organisation, person, role, date, channel, stance, summary, quote, claim and source', () => {
    const at = lines.indexOf('### Offisielle tilsvar');
    expect(lines.slice(at + 2, at + 8)).toEqual([
      '- **Trondheim kommune** — Bjørn Villa, IT-sjef · 22. januar 2021 · Debattinnlegg',
      '  - Bestrider: Kommunen kjenner seg ikke igjen i Ateas beskrivelse og har sagt fra til Atea.',
      '  - «Denne beskrivelsen kjenner vi oss overhodet ikke igjen i, og det har vi selvsagt formidlet til ATEA.»',
      '  - Svarer på: Atea skal ha sagt at kommunen satt med mange innkjøpte digitale løsninger som ikke var rullet ut.',
      `  - Kilde: ${villaLink('22. januar 2021')}`,
      '',
    ]);
  });
  it('gives the timeline with dates to their precision, every source, notes, and marks the open article', () => {
    const at = lines.indexOf('### Tidslinje');
    expect(lines.slice(at + 2, at + 11)).toEqual([
      '- **2013** — Arbeidet med temaplan for IT',
      '  - Merk: Kildene sier ulikt: Villa skriver 2013; kommunens bloggpost sier 2013–2014.',
      `  - Kilde: ${villaLink('22. januar 2021')} — Sier 2013.`,
      `  - Kilde: [Veien fram til valget av Google Apps for Work](${OMI_URL}) (Trondheim kommune (OMI-bloggen), 29. august 2016)`,
      '- **januar 2021** — Atea omtaler kommunens digitale løsninger i Adresseavisen',
      `  - Kilde: ${villaLink('22. januar 2021')}`,
      '- **22. januar 2021** — **IT-sjef Bjørn Villa svarer i Adresseavisen** (du er her)',
      `  - Kilde: ${villaLink('22. januar 2021')}`,
      '',
    ]);
  });
  it('ends saying where it came from', () => {
    expect(nb.trimEnd().endsWith('_Satt sammen med Tilsvar fra det innebygde datasettet._')).toBe(true);
  });
  it('speaks English and Nynorsk', () => {
    const en = contextSummaryMarkdown(snapshot, context, 'en');
    expect(en).toContain('### Official responses');
    expect(en).toContain('- **Trondheim kommune** — Bjørn Villa, IT-sjef · January 22, 2021 · Debate piece');
    expect(en).toContain('  - Disputes: Kommunen');
    expect(en).toContain('  - “Denne beskrivelsen');
    expect(en).toContain('### Timeline');
    expect(en).toContain('- **January 2021** — Atea');
    expect(en).toContain('- **January 22, 2021** — **IT-sjef Bjørn Villa svarer i Adresseavisen** (you are here)');
    expect(en.trimEnd().endsWith('_Compiled with Tilsvar from its bundled dataset._')).toBe(true);
    const nn = contextSummaryMarkdown(snapshot, context, 'nn');
    expect(nn).toContain('  - Bestrid: Kommunen');
    expect(nn).toContain('  - Svarar på: Atea');
    expect(nn.trimEnd().endsWith('_Sett saman med Tilsvar frå det innebygde datasettet._')).toBe(true);
  });
});

describe('context summary: untrusted text', () => {
  it('escapes Markdown and HTML from pages and the dataset, and links only web addresses', () => {
    const hostile = {
      ...snapshot,
      headline: 'Klikk [her](javascript:alert(1)) <img src=x onerror=alert(1)>',
      byline: ['# Redaksjonen'],
      canonicalUrl: 'javascript:alert(document.cookie)',
      pageUrl: 'javascript:alert(document.cookie)',
    };
    const text = contextSummaryMarkdown(
      hostile,
      {
        article: null,
        responses: [{ ...context.responses[0]!, organisationName: '**Fake** `org`', sources: [{ ...VILLA_SOURCE, url: 'javascript:alert(2)' }] }],
        timeline: [{ ...context.timeline[2]!, title: 'Tittel\n# Ny overskrift' }],
      },
      'nb',
    );
    // Only escaped brackets and angle brackets may stand before the hostile parts.
    expect(text).not.toMatch(/(?<!\\)\]\(javascript:/i);
    expect(text).not.toMatch(/(?<!\\)<img/);
    expect(text.split('\n')[0]).toBe('## Klikk \\[her\\](javascript:alert(1)) \\<img src=x onerror=alert(1)\\>');
    expect(text).toContain('\\# Redaksjonen · Adressa · 22. januar 2021');
    expect(text).toContain('- **\\*\\*Fake\\*\\* \\`org\\`** —');
    expect(text).toContain('  - Kilde: IT som kommunalt verktøy under en pandemi (Adresseavisen, 22. januar 2021)');
    expect(text).toContain('— **Tittel # Ny overskrift** (du er her)');
    expect(text).not.toMatch(/^# /m);
  });
  it('says so when the dataset has nothing for the article', () => {
    const text = contextSummaryMarkdown(snapshot, { article: null, responses: [], timeline: [] }, 'nb');
    expect(text).toContain('Datasettet har ingen offisielle tilsvar til denne artikkelen.');
    expect(text).toContain('Datasettet har ingen tidslinje for denne artikkelen.');
  });
});

describe('the summary uses the popup’s own words', () => {
  const keys: [string, (w: (typeof SUMMARY_WORDS)['nb']) => string][] = [
    ['sectionResponses', (w) => w.responses],
    ['sectionTimeline', (w) => w.timeline],
    ['youAreHere', (w) => w.youAreHere],
    ...['disputes', 'clarifies', 'corrects', 'confirms', 'adds-context'].map(
      (s) => [`stance_${s.replace('-', '_')}`, (w: (typeof SUMMARY_WORDS)['nb']) => w.stance[s]!] as [string, (w: (typeof SUMMARY_WORDS)['nb']) => string],
    ),
    ...['debate-piece', 'press-release', 'statement', 'correction', 'official-page', 'decision'].map(
      (c) => [`channel_${c.replace('-', '_')}`, (w: (typeof SUMMARY_WORDS)['nb']) => w.channel[c]!] as [string, (w: (typeof SUMMARY_WORDS)['nb']) => string],
    ),
  ];
  it.each(['nb', 'nn', 'en'] as const)('%s', (lang) => {
    const messages = JSON.parse(readFileSync(new URL(`../../public/_locales/${lang}/messages.json`, import.meta.url), 'utf8')) as Record<string, { message: string }>;
    for (const [key, pick] of keys) expect(pick(SUMMARY_WORDS[lang]), key).toBe(messages[key]?.message);
  });
});
