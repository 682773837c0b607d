import type { Actor, Article, Event, Outlet, Response } from './schema';

export type { Actor, Article, Event, Outlet, PackHeader, Response, Source } from './schema';

/** Entries that came from an imported pack carry its id; bundled entries have none. */
export interface Provenance {
  pack?: string;
}

export interface StoryEntry extends Provenance {
  id: string;
  title: string;
  summary: string;
  topics: string[];
  articles: string[];
  responses: string[];
  events: string[];
}

/** The compiled artefact the extension ships (`dataset.json`), and the compiled form of a pack: every entry once, stories by id. */
export interface Dataset {
  format: 1;
  outlets: (Outlet & Provenance)[];
  actors: (Actor & Provenance)[];
  stories: StoryEntry[];
  articles: (Article & { story: string } & Provenance)[];
  responses: (Response & { story: string } & Provenance)[];
  events: (Event & { story: string } & Provenance)[];
}

export type EntryKind = 'outlet' | 'actor' | 'story' | 'article' | 'claim' | 'response' | 'event';

/** How many entries of each kind a dataset or pack holds. */
export type EntryCounts = Record<EntryKind, number>;

/** One thing wrong with a source file: where, and why, in words an editor can act on. */
export interface DatasetProblem {
  file: string;
  /** JSON path inside the file, like `$.events[2].date`. */
  path: string;
  message: string;
  severity: 'error' | 'warning';
}

