import type { CiteLang } from './dates';

/**
 * The summary's words. They are the popup's own words from `_locales` (a test keeps them equal), held
 * here because the summary is pure and runs where `browser.i18n` does not.
 */
export interface SummaryWords {
  responses: string;
  timeline: string;
  youAreHere: string;
  source: string;
  note: string;
  answers: string;
  noResponses: string;
  noTimeline: string;
  unknownArticle: string;
  compiled: string;
  stance: Record<string, string>;
  channel: Record<string, string>;
}

const NB: SummaryWords = {
  responses: 'Offisielle tilsvar',
  timeline: 'Tidslinje',
  youAreHere: 'Du er her',
  source: 'Kilde',
  note: 'Merk',
  answers: 'Svarer på',
  noResponses: 'Datasettet har ingen offisielle tilsvar til denne artikkelen.',
  noTimeline: 'Datasettet har ingen tidslinje for denne artikkelen.',
  unknownArticle: 'Artikkel',
  compiled: 'Satt sammen med Tilsvar fra det innebygde datasettet.',
  stance: { disputes: 'Bestrider', clarifies: 'Presiserer', corrects: 'Retter', confirms: 'Bekrefter', 'adds-context': 'Gir bakgrunn' },
  channel: {
    'debate-piece': 'Debattinnlegg',
    'press-release': 'Pressemelding',
    statement: 'Uttalelse',
    correction: 'Rettelse',
    'official-page': 'Offisiell nettside',
    decision: 'Vedtak',
  },
};

const NN: SummaryWords = {
  ...NB,
  answers: 'Svarar på',
  noResponses: 'Datasettet har ingen offisielle tilsvar til denne artikkelen.',
  noTimeline: 'Datasettet har inga tidslinje for denne artikkelen.',
  compiled: 'Sett saman med Tilsvar frå det innebygde datasettet.',
  stance: { disputes: 'Bestrid', clarifies: 'Presiserer', corrects: 'Rettar', confirms: 'Stadfestar', 'adds-context': 'Gir bakgrunn' },
  channel: { ...NB.channel, statement: 'Fråsegn', correction: 'Retting' },
};

const EN: SummaryWords = {
  responses: 'Official responses',
  timeline: 'Timeline',
  youAreHere: 'You are here',
  source: 'Source',
  note: 'Note',
  answers: 'Answers',
  noResponses: 'The dataset has no official responses to this article.',
  noTimeline: 'The dataset has no timeline for this article.',
  unknownArticle: 'Article',
  compiled: 'Compiled with Tilsvar from its bundled dataset.',
  stance: { disputes: 'Disputes', clarifies: 'Clarifies', corrects: 'Corrects', confirms: 'Confirms', 'adds-context': 'Adds context' },
  channel: {
    'debate-piece': 'Debate piece',
    'press-release': 'Press release',
    statement: 'Statement',
    correction: 'Correction',
    'official-page': 'Official web page',
    decision: 'Decision',
  },
};

export const SUMMARY_WORDS: Record<CiteLang, SummaryWords> = { nb: NB, nn: NN, en: EN };
