// The owner family of every registered site, as the research notes source it (docs/sites.md gives the
// section). Kept apart from the site definitions, which the content script ships: nothing on a page needs it.
const SCHIBSTED = 'Schibsted';
const POLARIS = 'Polaris Media';
const POLARIS_PLATFORM = 'Polaris Media (publishing platform; ownership of the title not verified)';
const AMEDIA = 'Amedia';
const AMEDIA_PLATFORM = 'Amedia (publishing platform; ownership of the title not verified)';
const NOT_VERIFIED = 'not verified';

export const SITE_OWNERS: Record<string, string> = {
  vg: SCHIBSTED,
  aftenposten: SCHIBSTED,
  bt: SCHIBSTED,
  aftenbladet: SCHIBSTED,
  e24: SCHIBSTED,
  adressa: POLARIS,
  fvn: POLARIS,
  smp: POLARIS,
  itromso: POLARIS,
  ht: POLARIS,
  altaposten: POLARIS,
  'hitra-froya': POLARIS_PLATFORM,
  fjordabladet: POLARIS_PLATFORM,
  opp: POLARIS_PLATFORM,
  sunnmoringen: POLARIS_PLATFORM,
  nyss: POLARIS_PLATFORM,
  nearadio: POLARIS_PLATFORM,
  nettavisen: AMEDIA,
  ba: 'Amedia (majority owner)',
  nordlys: AMEDIA,
  rb: AMEDIA,
  'h-avis': AMEDIA,
  't-a': 'Trønder-Avisa AS (mixed owners, Amedia platform)',
  firdaposten: AMEDIA_PLATFORM,
  fremover: AMEDIA_PLATFORM,
  sa: AMEDIA_PLATFORM,
  'f-b': AMEDIA_PLATFORM,
  nidaros: AMEDIA_PLATFORM,
  nrk: 'NRK (state broadcaster; not sourced)',
  dagbladet: 'Aller',
  tv2: 'Egmont (low confidence)',
  dn: 'NHST Media Group / DN Media Group',
  klassekampen: NOT_VERIFIED,
  dagsavisen: 'Mentor Medier',
  vl: 'Mentor Medier',
  nationen: 'Tun Media (Amedia 66.9 % since 2021)',
  abcnyheter: NOT_VERIFIED,
  khrono: NOT_VERIFIED,
  digi: NOT_VERIFIED,
  document: 'independent (self-described)',
  resett: NOT_VERIFIED,
};
