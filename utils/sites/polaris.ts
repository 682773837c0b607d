import { I_ARTICLE, OPINION_LABELS, segment, siteFamily } from './define';

// Polaris Media and the local titles on its publishing platform (research notes §0.2, §1b, §1c rows 1, 7–9,
// "Additional patterns from the same publisher families").
// Legacy Escenic URLs: /<section>[/<sub>…]/YYYY/MM/DD/<Slug>-<7–9 digits>.ece, and the older /<section>/article<id>.ece.
const LEGACY_ECE = /^\/(?:[\w-]+\/)+\d{4}\/\d\d\/\d\d\/[^/]+-(\d{7,9})\.ece$/;
const OLDER_ECE = /^\/(?:[\w-]+\/)+article(\d{7,9})\.ece$/;
const ARTICLES = [LEGACY_ECE, OLDER_ECE, I_ARTICLE];
const OPINION = segment('meninger|midtnorskdebatt|neadebatt|debatt|kommentar|leder|ordetfritt');
const PLUSS = /^\/pluss\//i;

const polaris = siteFamily({ articles: ARTICLES, opinion: OPINION, paywall: PLUSS, opinionLabels: OPINION_LABELS });

const adressa = polaris({ id: 'adressa', name: 'Adresseavisen', domains: ['adressa.no'] });
const fvn = polaris({ id: 'fvn', name: 'Fædrelandsvennen', domains: ['fvn.no'] });
const smp = polaris({ id: 'smp', name: 'Sunnmørsposten', domains: ['smp.no'] });
const itromso = polaris({
  id: 'itromso',
  name: 'iTromsø',
  domains: ['itromso.no'],
  opinionLabels: [...OPINION_LABELS, 'iTromsø mener:'],
});
const ht = polaris({ id: 'ht', name: 'Harstad Tidende', domains: ['ht.no'] });
const altaposten = polaris({ id: 'altaposten', name: 'Altaposten', domains: ['altaposten.no'] });
const hitraFroya = polaris({ id: 'hitra-froya', name: 'Hitra-Frøya', domains: ['hitra-froya.no'] });
const fjordabladet = polaris({ id: 'fjordabladet', name: 'Fjordabladet', domains: ['fjordabladet.no'] });
const opp = polaris({ id: 'opp', name: 'OPP', domains: ['opp.no'] });
const sunnmoringen = polaris({ id: 'sunnmoringen', name: 'Sunnmøringen', domains: ['sunnmoringen.no'] });
const nyss = polaris({ id: 'nyss', name: 'Nyss', domains: ['nyss.no'] });
const nearadio = polaris({ id: 'nearadio', name: 'Nea Radio', domains: ['nearadio.no'] });

export const POLARIS_SITES = [adressa, fvn, smp, itromso, ht, altaposten, hitraFroya, fjordabladet, opp, sunnmoringen, nyss, nearadio];
