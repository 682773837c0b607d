// Example URLs for every registered site, for the tests only (kept out of the site definitions so they do
// not ship in the content script). `article` URLs must be detected as articles of that site and of no other;
// `notArticle` URLs (front pages, section pages, feeds) must not be taken for an article by any site.
//
// Article URLs are quoted from the research notes (../shared/dataset-sources/norway-sites-and-facts.md) and
// from the shared corpus manifest. Where the notes give only a pattern, an example is built from that pattern
// and marked `built from the pattern`: those addresses are test inputs, not claims that such a page exists.
// Section and front-page addresses are test inputs too.

export interface SiteExamples {
  article: string[];
  notArticle: string[];
}

export const SITE_EXAMPLES: Record<string, SiteExamples> = {
  vg: {
    article: [
      'https://www.vg.no/nyheter/innenriks/i/mB5Qgq/svein-67-ved-ellingsrudhjemmet-fikk-vaksinen-foerst-i-norge',
      'https://www.vg.no/nyheter/innenriks/i/mBk4Av/vg-klart-mest-lest',
      'https://www.vg.no/nyheter/meninger/i/kJOdbA/vitsen-med-norsk-rettskriving',
      'https://www.vg.no/sport/i/zAO6pO/roerne-lars-martin-benske-og-ask-tjoem-klar-for-ol-finale-i-lettvekt-dobbeltsculler',
      'https://www.vg.no/i/dRwWqB',
      'http://www.vg.no/a/24071648',
    ],
    notArticle: ['https://www.vg.no/', 'https://www.vg.no/nyheter/innenriks', 'https://www.vg.no/rss/feed/?format=rss', 'https://www.vg.no/sitemap.xml'],
  },
  aftenposten: {
    article: [
      'https://www.aftenposten.no/meninger/debatt/i/4dJaao/kort-sagt-fredag-8-juni',
      'https://www.aftenposten.no/meninger/kommentar/i/8qvkRE/x', // the notes elide the slug: built from the pattern
      'https://www.aftenposten.no/norge/i/BJdpw/x', // the notes elide the slug: built from the pattern
      'https://www.aftenposten.no/meninger/spaltister/Slug-7167959.html', // slug elided in the notes: built from the pattern
    ],
    notArticle: ['https://www.aftenposten.no/', 'https://www.aftenposten.no/meninger/', 'https://www.aftenposten.no/meninger/debatt', 'https://www.aftenposten.no/rss'],
  },
  bt: {
    article: [
      'https://www.bt.no/nyheter/lokalt/i/mBBbQ4/x', // the notes elide the slug: built from the pattern
      'https://www.bt.no/btmeninger/leder/i/gWWe5A/x', // the notes elide the slug: built from the pattern
      'https://www.bt.no/meninger/debatt/Slug-2884108.html', // slug elided in the notes: built from the pattern
      'https://www.bt.no/meninger/kommentar/Mathias_Fischer/Cannabis-i-Canada-3463151.html',
    ],
    notArticle: ['https://www.bt.no/', 'https://www.bt.no/btmeninger/', 'https://www.bt.no/btmeninger/leder', 'https://www.bt.no/nyheter/lokalt/'],
  },
  aftenbladet: {
    article: ['https://www.aftenbladet.no/lokalt/i/pA8Mv1/full-stopp-paa-vaksineregistreringen', 'https://www.aftenbladet.no/meninger/leder/i/Gapaal/x'],
    notArticle: ['https://www.aftenbladet.no/', 'https://www.aftenbladet.no/meninger/leder/', 'https://www.aftenbladet.no/lokalt'],
  },
  e24: {
    article: ['https://e24.no/boers-og-finans/i/AdyrPM/x', 'https://e24.no/naeringsliv/slug/20337046'], // slugs elided in the notes: built from the pattern
    notArticle: ['https://e24.no/', 'https://e24.no/boers-og-finans', 'https://e24.no/naeringsliv/'],
  },
  adressa: {
    article: [
      'https://www.adressa.no/meninger/ordetfritt/2021/01/22/IT-som-kommunalt-verkt%C3%B8y-under-en-pandemi-23364628.ece',
      'https://www.adressa.no/nyheter/trondheim/2021/12/21/Dette-er-vaksineplanen-til-Trondheim-kommune-sjekk-n%C3%A5r-du-kan-bestille-time-24964808.ece',
      'https://www.adressa.no/nyheter/2021/11/10/Trondheim-innf%C3%B8rer-automatisk-smittesporing-24804127.ece',
      'https://www.adressa.no/nyheter/trondheim/2020/03/11/%C2%ABWorst-case%C2%BB-er-et-ubehagelig-scenario-21313145.ece',
      'https://www.adressa.no/pluss/nyheter/2020/03/31/Smittedetektivene-21490959.ece',
      'https://www.adressa.no/midtnorskdebatt/i/VP3841/takk-for-kampen',
      'https://www.adressa.no/nyheter/trondheim/article10789480.ece',
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
  fvn: {
    article: ['https://www.fvn.no/norgeogverden/i/k6QWrQ/naa-er-norge-gjenaapnet'], // the notes end the slug with "…"
    notArticle: ['https://www.fvn.no/', 'https://www.fvn.no/norgeogverden'],
  },
  smp: {
    article: ['https://www.smp.no/kultur/i/z733lK/ny-cd-og-ny-jobb-for-annbjoerg-lien'],
    notArticle: ['https://www.smp.no/', 'https://www.smp.no/kultur/'],
  },
  itromso: {
    article: ['https://www.itromso.no/nyheter/article10796258.ece', 'https://www.itromso.no/nyheter/2018/05/26/Slug-12345678.ece'], // the second is built from the pattern
    notArticle: ['https://www.itromso.no/', 'https://www.itromso.no/meninger/', 'https://www.itromso.no/tema/debatt/'],
  },
  ht: {
    article: ['https://www.ht.no/100Sport/meninger/2019/11/12/Slug-20373772.ece'], // slug elided in the notes
    notArticle: ['https://www.ht.no/', 'https://www.ht.no/100Sport/'],
  },
  altaposten: {
    article: ['https://www.altaposten.no/lokalt/NTB/NTB_innenriks/2021/06/22/Trondheim-opphevet-lokal-koronaforskrift-24165364.ece'],
    notArticle: ['https://www.altaposten.no/', 'https://www.altaposten.no/lokalt/'],
  },
  'hitra-froya': {
    article: [
      'https://www.hitra-froya.no/nyheter/2020/03/12/Stenger-alle-skoler-barnehager-treningssentre-fris%C3%B8rsalonger-kulturarrangementer-og-idrett-21328112.ece',
    ],
    notArticle: ['https://www.hitra-froya.no/', 'https://www.hitra-froya.no/nyheter/'],
  },
  fjordabladet: {
    article: [
      'https://www.fjordabladet.no/npk/innenriks/2018/02/02/Polaris-Media-blir-st%C3%B8rste-eigar-i-Tr%C3%B8nder-Avisa-16017621.ece',
      'https://www.fjordabladet.no/npk/innenriks/2021/05/06/Fire-av-fem-statlege-verksemder-seier-pandemien-gav-auka-digitalisering-23919054.ece',
    ],
    notArticle: ['https://www.fjordabladet.no/', 'https://www.fjordabladet.no/nyhende/'],
  },
  opp: {
    article: ['https://www.opp.no/sistenytt/2021/09/24/Slug-24626788.ece'], // slug elided in the notes
    notArticle: ['https://www.opp.no/', 'https://www.opp.no/sistenytt/'],
  },
  sunnmoringen: {
    article: ['https://www.sunnmoringen.no/npk/innenriks/2020/06/02/Morgenbladet-selt-til-Mentor-Medier-21967447.ece'],
    notArticle: ['https://www.sunnmoringen.no/', 'https://www.sunnmoringen.no/npk/innenriks/'],
  },
  nyss: {
    article: [
      'https://www.nyss.no/npk/innenriks/2021/02/10/Politikarane-i-Trondheim-sa-nei-til-full-skjenkestans-23473820.ece',
      'https://www.nyss.no/nyhende/i/Kz91ny/x', // slug elided in the notes
    ],
    notArticle: ['https://www.nyss.no/', 'https://www.nyss.no/nyhende'],
  },
  nearadio: {
    article: ['https://www.nearadio.no/nyheter/i/15Wyal/x', 'https://www.nearadio.no/neadebatt/i/bgQePl/x'], // slugs elided in the notes
    notArticle: ['https://www.nearadio.no/', 'https://www.nearadio.no/neadebatt/'],
  },
  nettavisen: {
    article: [
      'https://www.nettavisen.no/nyheter/venezuelas-president-over-2000-personer-er-pagrepet/s/5-95-1942999',
      'https://www.nettavisen.no/nyheter/ud-opplyser-at-100-nordmenn-er-fortsatt-i-libanon/s/5-95-1944020',
      'https://www.nettavisen.no/5-95-2070077',
      'https://www.nettavisen.no/artikkel/3424066594',
      'https://www.nettavisen.no/norsk-debatt/slug/o/5-95-123456', // built from the pattern
    ],
    notArticle: ['https://www.nettavisen.no/', 'https://www.nettavisen.no/nyheter', 'https://www.nettavisen.no/norsk-debatt/', 'https://www.nettavisen.no/service/rich-rss'],
  },
  ba: {
    article: ['https://www.ba.no/slug/s/5-8-146941'], // slug elided in the notes
    notArticle: ['https://www.ba.no/', 'https://www.ba.no/nyheter/'],
  },
  nordlys: {
    article: ['https://www.nordlys.no/nyheter/slug/s/5-34-123456'], // built from the pattern
    notArticle: ['https://www.nordlys.no/', 'https://www.nordlys.no/nyheter'],
  },
  rb: {
    article: ['https://www.rb.no/nyheter/slug/s/5-41-123456'], // built from the pattern
    notArticle: ['https://www.rb.no/', 'https://www.rb.no/service/rss'],
  },
  'h-avis': {
    article: ['https://www.h-avis.no/meninger/slug/o/5-62-123456'], // built from the pattern
    notArticle: ['https://www.h-avis.no/', 'https://www.h-avis.no/meninger/'],
  },
  't-a': {
    article: ['https://www.t-a.no/senterpartiet-ma-forlate-styrerommet-i-tronder-avisa/o/5-122-46255'],
    notArticle: ['https://www.t-a.no/', 'https://www.t-a.no/nyheter/'],
  },
  firdaposten: {
    article: ['https://www.firdaposten.no/nyheter/slug/s/5-16-123456'], // built from the pattern
    notArticle: ['https://www.firdaposten.no/'],
  },
  fremover: {
    article: ['https://www.fremover.no/nyheter/slug/s/5-17-123456'], // built from the pattern
    notArticle: ['https://www.fremover.no/'],
  },
  sa: {
    article: ['https://www.sa.no/nyheter/slug/s/5-46-123456'], // built from the pattern
    notArticle: ['https://www.sa.no/'],
  },
  'f-b': {
    article: ['https://www.f-b.no/amedia-sjefen/o/5-59-2273209'], // the notes elide part of the slug
    notArticle: ['https://www.f-b.no/', 'https://www.f-b.no/meninger/'],
  },
  nidaros: {
    article: ['https://www.nidaros.no/nyheter/slug/s/5-113-123456'], // built from the pattern
    notArticle: ['https://www.nidaros.no/'],
  },
  nrk: {
    article: [
      'https://www.nrk.no/nordland/kvinne-i-20-arene-dode-pa-fjelltur-i-nordland-1.16989341',
      'https://www.nrk.no/trondelag/koronavaksinering-i-trondheim_-massevaksineringen-pa-sluppen-har-startet-1.15378196',
      'https://www.nrk.no/osloogviken/na-starter-vaksinasjonen-i-resten-av-landet-1.15304537',
      'https://www.nrk.no/kultur/1.15652761',
      'http://www.nrk.no/ytring/to-historier-om-ruspolitikk-1.11585406',
    ],
    notArticle: ['https://www.nrk.no/', 'https://www.nrk.no/ytring/', 'https://www.nrk.no/ytring/toppsaker.rss', 'https://www.nrk.no/trondelag/'],
  },
  dagbladet: {
    article: [
      'https://www.dagbladet.no/nyheter/nordmann-domt-til-livstid/81348547',
      'https://www.dagbladet.no/nyheter/angsten-vil-oke/84057530',
      'https://www.dagbladet.no/meninger/hoie-bommer-om-smittestopp/72908271',
      'https://www.dagbladet.no/a/12345678', // built from the pattern
      'https://www.dagbladet.no/2015/01/30/kultur/slug/37448273/', // slug elided in the notes
    ],
    notArticle: ['https://www.dagbladet.no/', 'https://www.dagbladet.no/nyheter', 'https://www.dagbladet.no/meninger/'],
  },
  tv2: {
    article: ['https://www.tv2.no/a/14533682/', 'https://www.tv2.no/a/11264606'],
    notArticle: ['https://www.tv2.no/', 'https://www.tv2.no/nyheter', 'https://www.tv2.no/rss/nyheter'],
  },
  dn: {
    article: ['https://www.dn.no/smak/mat/kaffe-sape-og-ruset-meitemark/2-1-74194', 'https://www.dn.no/far-skjenkebevilling-pa-sekunder/1-1-5192800'],
    notArticle: ['https://www.dn.no/', 'https://www.dn.no/smak/mat', 'https://www.dn.no/sitemap/news.xml'],
  },
  klassekampen: {
    article: [
      'https://klassekampen.no/utgave/2021-10-19/debatt-jordbruksdrommen',
      'https://klassekampen.no/artikkel/2019-09-21/polaris-utvider-i-sor',
      'https://www.klassekampen.no/article/20161029/ARTICLE/161029861',
    ],
    notArticle: ['https://klassekampen.no/', 'https://klassekampen.no/utgave/2021-10-19'],
  },
  dagsavisen: {
    article: [
      'https://www.dagsavisen.no/nyheter/innenriks/fakta-om-nye-tiltak-mot-koronasmitte-torsdag-1.1680336',
      'https://www.dagsavisen.no/nyheter/innenriks/2021/09/24/det-norske-samfunnet-gjenapnes-lordag-klokka-16/',
      'https://www.dagsavisen.no/rogalandsavis/debatt/leder/2021/12/14/svaret-vaksiner/',
    ],
    notArticle: ['https://www.dagsavisen.no/', 'https://www.dagsavisen.no/nyheter/innenriks/', 'https://www.dagsavisen.no/rogalandsavis/debatt/leder/'],
  },
  vl: {
    article: ['https://www.vl.no/kultur/2022/03/02/hoy-bruk-av-norske-medier-flest-leser-nyheter-pa-mobil/'],
    notArticle: ['https://www.vl.no/', 'https://www.vl.no/kultur/'],
  },
  nationen: {
    article: ['https://www.nationen.no/motkultur/debatt/korona-gjorde-sammenslaingen-av-kommuner-mer-effektiv/'],
    notArticle: ['https://www.nationen.no/', 'https://www.nationen.no/motkultur/debatt/', 'https://www.nationen.no/motkultur/'],
  },
  abcnyheter: {
    article: ['https://www.abcnyheter.no/nyheter/norge/2020/12/28/195729355/slik-er-planen-videre-for-koronavaksineringen'],
    notArticle: ['https://www.abcnyheter.no/', 'https://www.abcnyheter.no/nyheter/norge/'],
  },
  khrono: {
    article: ['https://www.khrono.no/politihogskolen-brukte-falske-ki-tall-jeg-legger-meg-flat/1040462'],
    notArticle: ['https://www.khrono.no/', 'https://www.khrono.no/?lab_viewport=rss'],
  },
  digi: {
    article: [
      'https://www.digi.no/artikler/trondheim-kommune-valgte-google-for-work/350146',
      'https://www.digi.no/artikler/ett-ar-etter-overgangen-til-google-trondheim-kommune-trives-i-skyen/405283',
      'https://www.digi.no/artikler/kommentar-takk-for-tilliten-hittil/495192',
    ],
    notArticle: ['https://www.digi.no/', 'https://www.digi.no/artikler/'],
  },
  document: {
    article: ['https://www.document.no/2023/09/29/klart-for-blagront-styre-i-trondheim-mdg-med-pa-lasset'],
    notArticle: ['https://www.document.no/', 'https://www.document.no/2023/09/29/'],
  },
  resett: {
    article: ['https://resett.no/2020/12/16/amedia-kjoper-budstikka-for-130-millioner/'],
    notArticle: ['https://resett.no/', 'https://resett.no/2020/12/'],
  },
};

/** URLs that mark opinion on their site, and URLs of the same sites that do not. */
export const OPINION_EXAMPLES: { opinion: string[]; notOpinion: string[] } = {
  opinion: [
    'https://www.vg.no/nyheter/meninger/i/kJOdbA/vitsen-med-norsk-rettskriving',
    'https://www.aftenposten.no/meninger/debatt/i/4dJaao/kort-sagt-fredag-8-juni',
    'https://www.bt.no/btmeninger/leder/i/gWWe5A/x',
    'https://www.aftenbladet.no/meninger/leder/i/Gapaal/x',
    'https://www.adressa.no/meninger/ordetfritt/2021/01/22/IT-som-kommunalt-verkt%C3%B8y-under-en-pandemi-23364628.ece',
    'https://www.adressa.no/midtnorskdebatt/i/VP3841/takk-for-kampen',
    'https://www.nearadio.no/neadebatt/i/bgQePl/x',
    'https://www.ht.no/100Sport/meninger/2019/11/12/Slug-20373772.ece',
    'https://www.t-a.no/senterpartiet-ma-forlate-styrerommet-i-tronder-avisa/o/5-122-46255',
    'https://www.f-b.no/amedia-sjefen/o/5-59-2273209',
    'https://www.nettavisen.no/norsk-debatt/slug/o/5-95-123456',
    'http://www.nrk.no/ytring/to-historier-om-ruspolitikk-1.11585406',
    'https://www.dagbladet.no/meninger/hoie-bommer-om-smittestopp/72908271',
    'https://klassekampen.no/utgave/2021-10-19/debatt-jordbruksdrommen',
    'https://www.dagsavisen.no/rogalandsavis/debatt/leder/2021/12/14/svaret-vaksiner/',
    'https://www.nationen.no/motkultur/debatt/korona-gjorde-sammenslaingen-av-kommuner-mer-effektiv/',
    'https://www.digi.no/artikler/kommentar-takk-for-tilliten-hittil/495192',
  ],
  notOpinion: [
    'https://www.vg.no/nyheter/innenriks/i/mB5Qgq/svein-67-ved-ellingsrudhjemmet-fikk-vaksinen-foerst-i-norge',
    'https://www.aftenbladet.no/lokalt/i/pA8Mv1/full-stopp-paa-vaksineregistreringen',
    'https://www.adressa.no/nyheter/2021/11/10/Trondheim-innf%C3%B8rer-automatisk-smittesporing-24804127.ece',
    'https://www.nettavisen.no/nyheter/venezuelas-president-over-2000-personer-er-pagrepet/s/5-95-1942999',
    'https://www.nrk.no/nordland/kvinne-i-20-arene-dode-pa-fjelltur-i-nordland-1.16989341',
    'https://www.dagbladet.no/nyheter/nordmann-domt-til-livstid/81348547',
    'https://klassekampen.no/artikkel/2019-09-21/polaris-utvider-i-sor',
    'https://www.dagsavisen.no/nyheter/innenriks/2021/09/24/det-norske-samfunnet-gjenapnes-lordag-klokka-16/',
    'https://www.digi.no/artikler/trondheim-kommune-valgte-google-for-work/350146',
  ],
};

/** URLs of paywalled sections, and URLs of the same sites that are not. */
export const PAYWALL_EXAMPLES: { paywalled: string[]; open: string[] } = {
  paywalled: [
    'https://www.adressa.no/pluss/nyheter/2020/03/31/Smittedetektivene-21490959.ece',
    'https://www.adressa.no/pluss/nyheter/2021/12/21/Slug-24962654.ece',
    'https://www.dagbladet.no/pluss/nyheter/slug/12345678',
  ],
  open: [
    'https://www.adressa.no/nyheter/2021/11/10/Trondheim-innf%C3%B8rer-automatisk-smittesporing-24804127.ece',
    'https://www.dagbladet.no/nyheter/nordmann-domt-til-livstid/81348547',
  ],
};
