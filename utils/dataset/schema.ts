import { z } from 'zod';

// Dates are written as precisely as the source allows: "2014", "2020-03" or "2014-05-22".
const PARTIAL_DATE = /^\d{4}(?:-(0[1-9]|1[0-2])(?:-(0[1-9]|[12]\d|3[01]))?)?$/;

export const Id = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'an id is lower-case words joined by hyphens, like "trondheim-kommune"');

export const PartialDate = z
  .string()
  .regex(PARTIAL_DATE, 'a date is YYYY, YYYY-MM or YYYY-MM-DD')
  .refine(isRealDate, 'that day does not exist in the calendar');

export const HttpsUrl = z
  .string()
  .refine((value) => URL.canParse(value), 'not a URL')
  .refine((value) => !URL.canParse(value) || ['https:', 'http:'].includes(new URL(value).protocol), 'a source link must be http or https');

export const Source = z.strictObject({
  publisher: z.string().min(1),
  title: z.string().min(1),
  date: PartialDate.optional(),
  url: HttpsUrl.optional(),
  /** How the fact was derived from this source, or where it disagrees with another. */
  note: z.string().optional(),
});

const Sources = z.array(Source).min(1, 'every entry needs at least one source');
const Text = z.string().trim().min(1);

export const Outlet = z.strictObject({
  id: Id,
  name: Text,
  domains: z.array(z.string().regex(/^[a-z0-9.-]+\.[a-z]{2,}$/, 'a domain like "adressa.no"')).min(1),
  owner: Text.optional(),
  language: z.enum(['nb', 'nn', 'no', 'en', 'se']),
  sources: Sources,
});

export const Actor = z.strictObject({
  id: Id,
  kind: z.enum(['organisation', 'person']),
  name: Text,
  aliases: z.array(Text).default([]),
  /** For people: their role and organisation when they acted, e.g. IT-sjef in Trondheim kommune. */
  roles: z
    .array(z.strictObject({ title: Text, organisation: Id, since: PartialDate.optional() }))
    .default([]),
  sources: Sources,
});

export const Claim = z.strictObject({ id: Id, by: Id.optional(), text: Text });

export const Article = z.strictObject({
  id: Id,
  outlet: Id,
  /** Absent when no source gives the headline; the summary then says what the article was. */
  headline: Text.optional(),
  url: HttpsUrl.optional(),
  published: PartialDate,
  dateNote: Text.optional(),
  section: Text.optional(),
  genre: z.enum(['news', 'opinion']),
  summary: Text,
  topics: z.array(Text).default([]),
  claims: z.array(Claim).default([]),
  sources: Sources,
});

export const Response = z.strictObject({
  id: Id,
  /** The person who responded, when the response is signed. */
  person: Id.optional(),
  role: Text.optional(),
  organisation: Id,
  date: PartialDate,
  channel: z.enum(['debate-piece', 'press-release', 'statement', 'correction', 'official-page', 'decision']),
  stance: z.enum(['disputes', 'clarifies', 'corrects', 'confirms', 'adds-context']),
  respondsTo: z
    .strictObject({ article: Id.optional(), claim: Id.optional() })
    .refine((target) => target.article || target.claim, 'a response answers an article or a claim'),
  /** The dataset article that carries the response, when it was published as one (a debate piece). */
  publishedAs: Id.optional(),
  summary: Text,
  quote: z.string().max(300, 'quote at most one short sentence').optional(),
  sources: Sources,
});

export const Event = z.strictObject({
  id: Id,
  date: PartialDate,
  dateNote: Text.optional(),
  title: Text,
  description: Text,
  actors: z.array(Id).default([]),
  topics: z.array(Text).default([]),
  /** The dataset article this event is, so the timeline can mark it. */
  article: Id.optional(),
  sources: Sources,
});

export const StoryFile = z.strictObject({
  $schema: z.string().optional(),
  story: z.strictObject({ id: Id, title: Text, summary: Text, topics: z.array(Text).default([]) }),
  articles: z.array(Article).default([]),
  responses: z.array(Response).default([]),
  events: z.array(Event).default([]),
});

export const OutletsFile = z.strictObject({ $schema: z.string().optional(), outlets: z.array(Outlet) });
export const ActorsFile = z.strictObject({ $schema: z.string().optional(), actors: z.array(Actor) });

export type Source = z.infer<typeof Source>;
export type Outlet = z.infer<typeof Outlet>;
export type Actor = z.infer<typeof Actor>;
export type Article = z.infer<typeof Article>;
export type Response = z.infer<typeof Response>;
export type Event = z.infer<typeof Event>;
export type StoryFile = z.infer<typeof StoryFile>;

function isRealDate(value: string): boolean {
  const [year, month, day] = value.split('-').map(Number);
  if (month === undefined || day === undefined) return true;
  const date = new Date(Date.UTC(year!, month - 1, day));
  return date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}
