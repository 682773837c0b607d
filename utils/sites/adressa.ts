import type { SiteDefinition } from './types';

// Legacy Escenic URLs: /<section>[/<sub>…]/YYYY/MM/DD/<Slug>-<8 digits>.ece, Pluss stories prefixed /pluss/.
const LEGACY_ARTICLE = /^\/(?:[\w-]+\/)+\d{4}\/\d{2}\/\d{2}\/[^/]+-(\d{7,9})\.ece$/;
// Current platform (by Sept 2023): /<section>[/<sub>]/i/<id>/<slug>.
const CURRENT_ARTICLE = /^\/(?:[\w-]+\/)*i\/([A-Za-z0-9]{5,8})(?:\/[^/]*)?\/?$/;
const OPINION_SECTIONS = new Set(['meninger', 'midtnorskdebatt', 'debatt', 'kommentar', 'leder', 'ordetfritt']);

export const adressa: SiteDefinition = {
  id: 'adressa',
  name: 'Adresseavisen',
  owner: 'Polaris Media',
  domains: ['adressa.no'],
  isArticleUrl: (url) => LEGACY_ARTICLE.test(url.pathname) || CURRENT_ARTICLE.test(url.pathname),
  articleIdFromUrl(url) {
    const match = LEGACY_ARTICLE.exec(url.pathname) ?? CURRENT_ARTICLE.exec(url.pathname);
    return match?.[1] ?? null;
  },
  isOpinionUrl: (url) => url.pathname.split('/').some((segment) => OPINION_SECTIONS.has(segment.toLowerCase())),
  isPaywallUrl: (url) => url.pathname.startsWith('/pluss/'),
  opinionLabels: ['Du leser nå en lederartikkel', 'Dette er et debattinnlegg', 'Dette er en kommentar'],
  examples: {
    article: [
      'https://www.adressa.no/meninger/ordetfritt/2021/01/22/IT-som-kommunalt-verkt%C3%B8y-under-en-pandemi-23364628.ece',
      'https://www.adressa.no/nyheter/trondheim/2021/12/21/Dette-er-vaksineplanen-til-Trondheim-kommune-sjekk-n%C3%A5r-du-kan-bestille-time-24964808.ece',
      'https://www.adressa.no/nyheter/2021/11/10/Trondheim-innf%C3%B8rer-automatisk-smittesporing-24804127.ece',
      'https://www.adressa.no/pluss/nyheter/2020/03/31/Smittedetektivene-21490959.ece',
      'https://www.adressa.no/midtnorskdebatt/i/VP3841/takk-for-kampen',
      'http://adressa.no/meninger/2018/09/11/Leder-17491619.ece',
    ],
    notArticle: [
      'https://www.adressa.no/',
      'https://www.adressa.no/nyheter/',
      'https://www.adressa.no/meninger/',
      'https://www.adressa.no/midtnorskdebatt',
      'https://www.adressa.no/rss.xml',
      'https://www.adressa.no/tema/korona',
    ],
  },
};
