import { I_ARTICLE, OPINION_LABELS, segment, siteFamily } from './define';

// Schibsted's Norwegian media houses (schibsted.com, 2024 results; research notes §1b, §1c rows 2–6).
const OPINION = segment('meninger|btmeninger|debatt|kommentar|leder');
// Before the /i/ platform: /<section>/…/<Slug>-<id>.html (ftr-site-config, 2013–2015).
const LEGACY_HTML = /^\/(?:[\w-]+\/)+[^/]*-(\d{6,8})\.html$/;
const schibsted = siteFamily({ articles: [I_ARTICLE, LEGACY_HTML], opinion: OPINION, opinionLabels: OPINION_LABELS });

const vg = schibsted({
  id: 'vg',
  name: 'VG',
  domains: ['vg.no'],
  // 2017 og:url /a/<id> (reader-critics); the short og:url /i/<id> is covered by I_ARTICLE.
  articles: [I_ARTICLE, /^\/a\/(\d{7,9})\/?$/],
  paywallSelector: '#paywall-login-link',
});

const aftenposten = schibsted({ id: 'aftenposten', name: 'Aftenposten', domains: ['aftenposten.no'] });
const bt = schibsted({ id: 'bt', name: 'Bergens Tidende', domains: ['bt.no'] });

const aftenbladet = schibsted({
  id: 'aftenbladet',
  name: 'Stavanger Aftenblad',
  domains: ['aftenbladet.no'],
  articles: [I_ARTICLE],
  opinionLabels: [...OPINION_LABELS, 'AFTENBLADET MENER:'],
});

const e24 = schibsted({
  id: 'e24',
  name: 'E24',
  domains: ['e24.no'],
  // Older: /<section>/<slug>/<8 digits>.
  articles: [I_ARTICLE, /^\/[\w-]+\/[^/]+\/(\d{8})\/?$/],
});

export const SCHIBSTED_SITES = [vg, aftenposten, bt, aftenbladet, e24];
