import { segment, siteFamily } from './define';

// Amedia titles and the titles on its platform (research notes §0.5, §1b, §1c rows 13, 15–19 and the
// "Amedia publication numbers" table). Story URLs: /<section>/<slug>/s/5-<pub>-<id>; opinion: /o/5-<pub>-<id>;
// og:url short form /5-<pub>-<id>. The id 5-<pub>-<id> is the same in every form.
const STORY = /^\/(?:[^/]+\/)*[so]\/(5-\d{1,4}-\d{3,9})\/?$/;
const SHORT = /^\/(5-\d{1,4}-\d{3,9})\/?$/;
const OPINION = /\/o\/5-\d/;

const amediaSite = siteFamily({ articles: [STORY, SHORT], opinion: OPINION });
const amedia = (id: string, name: string, domain: string) => amediaSite({ id, name, domains: [domain] });

const nettavisen = amediaSite({
  id: 'nettavisen',
  name: 'Nettavisen',
  domains: ['nettavisen.no'],
  // Legacy /artikkel/<10 digits> (reader-critics 2018).
  articles: [STORY, SHORT, /^\/artikkel\/(\d{8,10})\/?$/],
  opinion: new RegExp(`${OPINION.source}|${segment('norsk-debatt').source}`, 'i'),
});
const ba = amedia('ba', 'Bergensavisen', 'ba.no');
const nordlys = amedia('nordlys', 'Nordlys', 'nordlys.no');
const rb = amedia('rb', 'Romerikes Blad', 'rb.no');
const hAvis = amedia('h-avis', 'Haugesunds Avis', 'h-avis.no');
const ta = amediaSite({ id: 't-a', name: 'Trønder-Avisa', domains: ['t-a.no'], opinionLabels: ['Trønderdebatt'] });
const firdaposten = amedia('firdaposten', 'Firdaposten', 'firdaposten.no');
const fremover = amedia('fremover', 'Fremover', 'fremover.no');
const sa = amedia('sa', 'Sarpsborg Arbeiderblad', 'sa.no');
const fb = amedia('f-b', 'Fredriksstad Blad', 'f-b.no');
const nidaros = amedia('nidaros', 'Nidaros', 'nidaros.no');

export const AMEDIA_SITES = [nettavisen, ba, nordlys, rb, hAvis, ta, firdaposten, fremover, sa, fb, nidaros];
