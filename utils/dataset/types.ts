import type { Actor, Article, Event, Outlet, Response } from './schema';

export type { Actor, Article, Event, Outlet, Response, Source } from './schema';

export interface StoryEntry {
  id: string;
  title: string;
  summary: string;
  topics: string[];
  articles: string[];
  responses: string[];
  events: string[];
}

/** The compiled artefact the extension ships (`dataset.json`): every entry once, stories by id. */
export interface Dataset {
  format: 1;
  outlets: Outlet[];
  actors: Actor[];
  stories: StoryEntry[];
  articles: (Article & { story: string })[];
  responses: (Response & { story: string })[];
  events: (Event & { story: string })[];
}

/** One thing wrong with a source file: where, and why, in words an editor can act on. */
export interface DatasetProblem {
  file: string;
  /** JSON path inside the file, like `$.events[2].date`. */
  path: string;
  message: string;
  severity: 'error' | 'warning';
}
