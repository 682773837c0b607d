import { defineSite, segment } from './define';

// Sites outside the three big groups (research notes §1b, §1c rows 10–12, 14, 20–27).
const DATED_SLUG = /^\/(?:[\w-]+\/)*(\d{4}\/\d\d\/\d\d\/[^/]+)\/?$/;

const nrk = defineSite({
  id: 'nrk',
  name: 'NRK',
  domains: ['nrk.no'],
  // /<section>[/xl]/<slug>-1.<id>, and the short form /<section>/1.<id>.
  articles: [/^\/(?:[^/]+\/)*(?:[^/]*-)?(1\.\d{5,9})\/?$/],
  opinion: segment('ytring'),
});

const dagbladet = defineSite({
  id: 'dagbladet',
  name: 'Dagbladet',
  domains: ['dagbladet.no'],
  // /<section>/<slug>/<8-digit id>; 2017–18 og:url /a/<id>; 2015 /YYYY/MM/DD/<section>/…/<id>/.
  articles: [/^\/(?:[\w-]+\/)+[^/]+\/(\d{7,9})\/?$/, /^\/a\/(\d{7,9})\/?$/],
  opinion: segment('meninger'),
  paywall: /^\/pluss\//i,
});

const tv2 = defineSite({
  id: 'tv2',
  name: 'TV 2',
  domains: ['tv2.no'],
  articles: [/^\/a\/(\d{7,9})(?:\/[^/]*)?\/?$/],
});

const dn = defineSite({
  id: 'dn',
  name: 'Dagens Næringsliv',
  domains: ['dn.no'],
  // /<section>/<sub>/<slug>/2-1-<id>; older /<slug>/1-1-<id>.
  articles: [/^\/(?:[^/]+\/)+([12]-1-\d{4,9})\/?$/],
});

const klassekampen = defineSite({
  id: 'klassekampen',
  name: 'Klassekampen',
  domains: ['klassekampen.no'],
  // /artikkel/YYYY-MM-DD/<slug>, /utgave/YYYY-MM-DD/<slug>; legacy /article/YYYYMMDD/ARTICLE/<id>.
  articles: [/^\/(?:artikkel|utgave)\/(\d{4}-\d\d-\d\d\/[^/]+)\/?$/, /^\/article\/(\d{8}\/ARTICLE\/\d+)\/?$/],
  opinion: /^\/(?:artikkel|utgave)\/\d{4}-\d\d-\d\d\/debatt-/,
});

const dagsavisen = defineSite({
  id: 'dagsavisen',
  name: 'Dagsavisen',
  domains: ['dagsavisen.no'],
  // 2020: /<section>/<sub>/<slug>-1.<id>; 2021+: /<section>/<sub>/YYYY/MM/DD/<slug>/.
  articles: [/^\/(?:[^/]+\/)+[^/]*-(1\.\d{5,9})\/?$/, DATED_SLUG],
  opinion: segment('debatt|leder'),
});

const vl = defineSite({
  id: 'vl',
  name: 'Vårt Land',
  domains: ['vl.no'],
  articles: [DATED_SLUG],
});

const nationen = defineSite({
  id: 'nationen',
  name: 'Nationen',
  domains: ['nationen.no'],
  // /<section>[/<sub>]/<slug of three words or more, starting with a letter>/.
  articles: [/^\/(?:[\w-]+\/)+([a-z][a-z0-9]*(?:-[a-z0-9]+){2,})\/?$/i],
  opinion: segment('debatt'),
});

const abcnyheter = defineSite({
  id: 'abcnyheter',
  name: 'ABC Nyheter',
  domains: ['abcnyheter.no'],
  articles: [/^\/(?:[\w-]+\/)+\d{4}\/\d\d\/\d\d\/(\d{9})(?:\/[^/]*)?\/?$/],
});

const khrono = defineSite({
  id: 'khrono',
  name: 'Khrono',
  domains: ['khrono.no'],
  articles: [/^\/[^/]+-[^/]+\/(\d{5,8})\/?$/],
});

const digi = defineSite({
  id: 'digi',
  name: 'digi.no',
  domains: ['digi.no'],
  articles: [/^\/artikler\/[^/]+\/(\d{5,7})\/?$/],
  opinion: /^\/artikler\/kommentar-/,
});

// WordPress permalinks at the root: /YYYY/MM/DD/<slug>, the dated path being the article's id.
const ROOT_DATED_SLUG = /^\/(\d{4}\/\d\d\/\d\d\/[^/]+)\/?$/;
const documentNo = defineSite({ id: 'document', name: 'Document', domains: ['document.no'], articles: [ROOT_DATED_SLUG] });
const resett = defineSite({ id: 'resett', name: 'Resett', domains: ['resett.no'], articles: [ROOT_DATED_SLUG] });

export const OTHER_SITES = [nrk, dagbladet, tv2, dn, klassekampen, dagsavisen, vl, nationen, abcnyheter, khrono, digi, documentNo, resett];
