import { z } from 'zod';

// Dates are written as precisely as the source allows: "2014", "2020-03" or "2014-05-22".
const PARTIAL_DATE = /^\d{4}(?:-(0[1-9]|1[0-2])(?:-(0[1-9]|[12]\d|3[01]))?)?$/;

/**
 * Upper bounds on every string and list. They are far above what an editor writes, and they are what
 * keeps a hostile pack from handing the options page a string of many megabytes to render.
 */
export const LIMITS = {
  id: 120,
  name: 300,
  text: 3000,
  quote: 300,
  url: 2048,
  list: 500,
} as const;

export const Id = z
  .string()
  .max(LIMITS.id, `an id is at most ${LIMITS.id} characters`)
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'an id is lower-case words joined by hyphens, like "trondheim-kommune"')
  .describe('Stable id: lower-case words joined by hyphens. Never change it once published.');

export const PartialDate = z
  .string()
  .regex(PARTIAL_DATE, 'a date is YYYY, YYYY-MM or YYYY-MM-DD')
  .refine(isRealDate, 'that day does not exist in the calendar')
  .describe('As precise as the source allows: YYYY (year), YYYY-MM (month) or YYYY-MM-DD (day).');

// Embedding, override and isolate controls would reverse the text shown around an entry; marks (U+200E, U+200F) are fine.
const BIDI_CONTROL = /[\u202a-\u202e\u2066-\u2069]/;
const NO_BIDI_CONTROLS = 'must not contain bidi embedding, override or isolate controls (U+202A–U+202E, U+2066–U+2069): they would reverse the text around it';
const Name = z.string().trim().min(1, 'must not be empty').max(LIMITS.name, `at most ${LIMITS.name} characters`).refine((s) => !BIDI_CONTROL.test(s), NO_BIDI_CONTROLS);
const Text = z.string().trim().min(1, 'must not be empty').max(LIMITS.text, `at most ${LIMITS.text} characters`).refine((s) => !BIDI_CONTROL.test(s), NO_BIDI_CONTROLS);
const Note = Text.describe('Why a date or fact is derived, or how the sources disagree.');
const list = <T extends z.ZodType>(item: T) => z.array(item).max(LIMITS.list, `at most ${LIMITS.list} items`);

const Url = z
  .string()
  .max(LIMITS.url, `a URL is at most ${LIMITS.url} characters`)
  .refine((value) => URL.canParse(value), 'not a URL');

/** An article's own address: the address pages are matched on, so always https. */
export const HttpsUrl = Url.refine(
  (value) => !URL.canParse(value) || new URL(value).protocol === 'https:',
  'a URL must be https',
).describe('https address, exactly as published.');

export const Source = z
  .strictObject({
    publisher: Name.describe('Who published the source, e.g. "Adresseavisen" or "Trondheim kommune".'),
    title: Name.describe('The title as published; when none is known, a description in [square brackets].'),
    date: PartialDate.optional(),
    url: Url.optional().describe('https; an http address only with insecureUrlReason.'),
    /** Policy: https only; a page that exists only over http is allowed when the editor says why. */
    insecureUrlReason: Text.optional().describe(
      'Required when url is http: why no https address can be given (e.g. the page only exists over http).',
    ),
    note: Note.optional(),
  })
  .superRefine((source, ctx) => {
    if (!source.url || !URL.canParse(source.url)) return;
    const protocol = new URL(source.url).protocol;
    if (protocol === 'http:' && !source.insecureUrlReason) {
      ctx.addIssue({
        code: 'custom',
        path: ['url'],
        message: 'a source URL must be https; for a page that only exists over http, say why in "insecureUrlReason"',
      });
    } else if (protocol !== 'http:' && protocol !== 'https:') {
      ctx.addIssue({ code: 'custom', path: ['url'], message: 'a source URL must be https' });
    } else if (protocol === 'https:' && source.insecureUrlReason) {
      ctx.addIssue({ code: 'custom', path: ['insecureUrlReason'], message: 'only an http URL needs "insecureUrlReason"; remove it' });
    }
  });

const Sources = list(Source).min(1, 'every entry needs at least one source');

export const Outlet = z.strictObject({
  id: Id,
  name: Name,
  domains: list(z.string().max(253).regex(/^[a-z0-9.-]+\.[a-z]{2,}$/, 'a domain like "adressa.no"'))
    .min(1, 'an outlet needs at least one domain')
    .describe('Domains the outlet publishes on, without "www.".'),
  owner: Name.optional().describe('Owner group, e.g. "Polaris Media".'),
  language: z.enum(['nb', 'nn', 'no', 'en', 'se']),
  note: Note.optional(),
  sources: Sources,
});

export const Actor = z.strictObject({
  id: Id,
  kind: z.enum(['organisation', 'person']),
  name: Name,
  aliases: list(Name).default([]),
  /** For people: their role and organisation when they acted, e.g. IT-sjef in Trondheim kommune. */
  roles: list(z.strictObject({ title: Name, organisation: Id, since: PartialDate.optional() })).default([]),
  note: Note.optional(),
  sources: Sources,
});

export const Claim = z.strictObject({
  id: Id,
  by: Id.optional().describe('The actor the article says made the claim.'),
  text: Text.describe('The claim as the article reports it, in your own words.'),
});

export const Article = z.strictObject({
  id: Id,
  outlet: Id,
  /** Absent when no source gives the headline; the summary then says what the article was. */
  headline: Name.optional(),
  headlineNote: Note.optional().describe('Where the headline comes from when it was not read on the page, e.g. the URL.'),
  url: HttpsUrl.optional(),
  /** The outlet's own number for the article, for articles known without a URL (or to check the URL). */
  outletArticleId: z.string().max(40).regex(/^[A-Za-z0-9._-]+$/, 'an article id as the outlet writes it, like "23364628"').optional(),
  published: PartialDate,
  dateNote: Note.optional(),
  section: Name.optional(),
  genre: z.enum(['news', 'opinion']),
  summary: Text.describe('A short summary in your own words.'),
  topics: list(Name).default([]),
  claims: list(Claim).default([]),
  sources: Sources,
});

export const Response = z.strictObject({
  id: Id,
  /** The person who responded, when the response is signed. */
  person: Id.optional(),
  role: Name.optional(),
  organisation: Id,
  date: PartialDate,
  dateNote: Note.optional(),
  channel: z.enum(['debate-piece', 'press-release', 'statement', 'correction', 'official-page', 'decision']),
  stance: z.enum(['disputes', 'clarifies', 'corrects', 'confirms', 'adds-context']),
  respondsTo: z
    .strictObject({ article: Id.optional(), claim: Id.optional() })
    .refine((target) => target.article || target.claim, 'a response answers an article or a claim'),
  /** The dataset article that carries the response, when it was published as one (a debate piece). */
  publishedAs: Id.optional(),
  summary: Text,
  quote: z
    .string()
    .trim()
    .min(1)
    .max(LIMITS.quote, `a quote is at most ${LIMITS.quote} characters`)
    .refine((quote) => !SENTENCE_BREAK.test(quote), 'quote at most one sentence')
    .refine((quote) => !BIDI_CONTROL.test(quote), NO_BIDI_CONTROLS)
    .optional()
    .describe('At most one short sentence, word for word.'),
  sources: Sources,
});

export const Event = z.strictObject({
  id: Id,
  date: PartialDate,
  dateNote: Note.optional(),
  title: Name,
  description: Text,
  actors: list(Id).default([]),
  topics: list(Name).default([]),
  /** The dataset article this event is, so the timeline can mark it. */
  article: Id.optional(),
  sources: Sources,
});

export const StoryHeader = z.strictObject({ id: Id, title: Name, summary: Text, topics: list(Name).default([]) });

/** One story with the entries it groups: the unit of a story file and of a pack's `stories` list. */
export const StoryBody = z.strictObject({
  story: StoryHeader,
  articles: z.array(Article).default([]),
  responses: z.array(Response).default([]),
  events: z.array(Event).default([]),
});

export const StoryFile = StoryBody.extend({ $schema: z.string().optional() });

export const OutletsFile = z.strictObject({ $schema: z.string().optional(), outlets: z.array(Outlet) });
export const ActorsFile = z.strictObject({ $schema: z.string().optional(), actors: z.array(Actor) });

export const PackVersion = z
  .string()
  .max(40)
  .regex(/^\d{1,9}(?:\.\d{1,9}){0,3}$/, 'a version is numbers joined by dots, like "1", "1.2" or "2024.3.1"');

export const PackHeader = z.strictObject({
  id: Id,
  title: Name,
  publisher: Name,
  version: PackVersion.describe('A newer pack with the same id replaces an older one.'),
  date: PartialDate.describe('When this version was published.'),
  licence: Name.describe('The licence the pack is published under, e.g. "CC BY 4.0".'),
  description: Text.optional(),
  homepage: HttpsUrl.optional(),
});

/** A pack: one file in the story format with a header; it may hold several stories and its own outlets and actors. */
export const PackFile = z.strictObject({
  $schema: z.string().optional(),
  pack: PackHeader,
  outlets: z.array(Outlet).default([]),
  actors: z.array(Actor).default([]),
  stories: z.array(StoryBody).min(1, 'a pack holds at least one story'),
});

/*
 * Frames: a file's outer shape with its entries left unchecked, so that each entry is checked on its own
 * and one bad entry is reported without hiding the rest of the file.
 */
const Entries = z.array(z.unknown()).default([]);
export const StoryBodyFrame = z.strictObject({ story: StoryHeader, articles: Entries, responses: Entries, events: Entries });
export const StoryFileFrame = StoryBodyFrame.extend({ $schema: z.string().optional() });
export const OutletsFileFrame = z.strictObject({ $schema: z.string().optional(), outlets: z.array(z.unknown()) });
export const ActorsFileFrame = z.strictObject({ $schema: z.string().optional(), actors: z.array(z.unknown()) });
export const PackFileFrame = z.strictObject({
  $schema: z.string().optional(),
  pack: PackHeader,
  outlets: Entries,
  actors: Entries,
  stories: z.array(z.unknown()).min(1, 'a pack holds at least one story'),
});

export type Source = z.infer<typeof Source>;
export type Outlet = z.infer<typeof Outlet>;
export type Actor = z.infer<typeof Actor>;
export type Article = z.infer<typeof Article>;
export type Response = z.infer<typeof Response>;
export type Event = z.infer<typeof Event>;
export type StoryFile = z.infer<typeof StoryFile>;
export type PackHeader = z.infer<typeof PackHeader>;
export type PackFile = z.infer<typeof PackFile>;

// A full stop, question or exclamation mark followed by a new capitalised sentence.
const SENTENCE_BREAK = /[.!?…]["»”’]?\s+["«“‘]?[A-ZÆØÅ]/;

function isRealDate(value: string): boolean {
  const [year, month, day] = value.split('-').map(Number);
  if (month === undefined || day === undefined) return true;
  const date = new Date(Date.UTC(year!, month - 1, day));
  return date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}
