import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { compileDataset, countEntries, formatProblem } from '../../utils/dataset/compile';
import { certainlyBefore, earliestDay, latestDay, mayCoincide } from '../../utils/dataset/dates';
import { jsonSchemas } from '../../utils/dataset/json-schema';
import { compileDatasetDir, readSourceFiles } from '../../utils/dataset/read-sources';
import type { Dataset } from '../../utils/dataset/types';

const repo = fileURLToPath(new URL('../../', import.meta.url));
const fixtures = join(repo, 'tests/fixtures/datasets');
const notesDir = join(repo, '../shared/dataset-sources');

function realDataset(): Dataset {
  const { dataset, problems } = compileDatasetDir(join(repo, 'data'), repo);
  expect(problems.map(formatProblem)).toEqual([]);
  return dataset!;
}

const storyEvents = (dataset: Dataset, story: string) =>
  dataset.events.filter((e) => e.story === story).sort((a, b) => a.date.localeCompare(b.date));

describe('the bundled dataset', () => {
  const dataset = realDataset();

  it('compiles with no errors and no warnings, and holds the three stories', () => {
    expect(dataset.stories.map((s) => s.id).sort()).toEqual(['korona-i-trondheim', 'nasjonal-skypolitikk-for-kommunene', 'trondheim-it-skyen']);
    const counts = countEntries(dataset);
    expect(counts.article).toBeGreaterThanOrEqual(20);
    expect(counts.event).toBeGreaterThanOrEqual(30);
  });

  it("keeps the Villa piece's ids: one response, a timeline of at least six events with the piece marked", () => {
    const villa = dataset.articles.find((a) => a.id === 'adressa-2021-01-22-it-som-kommunalt-verktoy')!;
    expect(villa.url).toBe('https://www.adressa.no/meninger/ordetfritt/2021/01/22/IT-som-kommunalt-verkt%C3%B8y-under-en-pandemi-23364628.ece');
    const answering = dataset.responses.filter((r) => r.publishedAs === villa.id || r.respondsTo.article === villa.id);
    expect(answering.map((r) => [r.id, r.person, r.role, r.stance])).toEqual([['villa-avviser-ateas-beskrivelse', 'bjorn-villa', 'IT-sjef', 'disputes']]);
    const timeline = storyEvents(dataset, villa.story);
    expect(timeline.length).toBeGreaterThanOrEqual(6);
    expect(timeline.map((e) => e.date)).toContain('2014-05-22');
    expect(timeline.filter((e) => e.article === villa.id).map((e) => e.id)).toEqual(['villa-svarer-atea']);
  });

  it('keeps the Atea article without URL and headline: no source gives them', () => {
    const atea = dataset.articles.find((a) => a.id === 'adressa-2021-01-atea-om-trondheim-kommune')!;
    expect(atea.url).toBeUndefined();
    expect(atea.headline).toBeUndefined();
    expect(atea.dateNote).toMatch(/ikke funnet/);
  });

  it.each([
    ['trondheim-it-skyen', ['2013', '2014-05-22', '2016-06', '2017', '2021-01', '2021-01-22', '2021-11-10']],
    [
      'korona-i-trondheim',
      ['2020-03', '2020-03-11', '2020-03-12', '2020-12-27', '2020-12-31', '2021-02-01', '2021-02-10', '2021-02', '2021-06-22', '2021-09-25', '2021-12-21'],
    ],
    ['nasjonal-skypolitikk-for-kommunene', ['2015-04', '2015-05-13', '2016', '2018-12-19', '2019-06-20']],
  ])('story %s has the milestones the issue lists', (story, dates) => {
    const timeline = storyEvents(dataset, story).map((e) => e.date);
    for (const date of dates) expect(timeline).toContain(date);
  });

  // Not every article with a URL has an event or a response of its own (four in korona-i-trondheim have neither);
  // what the page needs for a timeline is a story with events, and that every one of them has.
  it('links every article with a URL to a story that has events, so the page shows a timeline', () => {
    const withUrl = dataset.articles.filter((a) => a.url);
    expect(withUrl.length).toBeGreaterThan(0);
    for (const article of withUrl) {
      expect(dataset.stories.find((s) => s.id === article.story)?.articles).toContain(article.id);
      expect(storyEvents(dataset, article.story).length, article.id).toBeGreaterThan(0);
    }
  });

  // A derived event is one that marks an article (`article`), its date taken from that article. Events with their
  // own source may carry a year or a month as the source gives it, without a note.
  it('says so wherever a date is less precise than a day on an article or a derived event', () => {
    const articles = dataset.articles.filter((a) => a.published.length < 10);
    expect(articles.length).toBeGreaterThan(0);
    for (const article of articles) expect(article.dateNote, article.id).toBeTruthy();
    const derived = dataset.events.filter((e) => e.article && e.date.length < 10);
    expect(derived.length).toBeGreaterThan(0);
    for (const event of derived) expect(event.dateNote, event.id).toBeTruthy();
  });
});

describe.skipIf(!existsSync(notesDir))('every fact links back to the research notes', () => {
  const notes = readdirSync(notesDir)
    .map((name) => readFileSync(join(notesDir, name), 'utf8'))
    .join('\n');
  const dataset = realDataset();
  const pack = JSON.parse(readFileSync(join(repo, 'packs/trondheim-kommune-smittevern.json'), 'utf8'));
  const urls = new Set<string>();
  const collect = (value: unknown): void => {
    if (Array.isArray(value)) value.forEach(collect);
    else if (value && typeof value === 'object') {
      for (const [key, child] of Object.entries(value)) {
        if ((key === 'url' || key === 'homepage') && typeof child === 'string') urls.add(child);
        else collect(child);
      }
    }
  };
  collect(dataset);
  collect(pack);

  it.each([...urls])('%s appears in the notes', (url) => {
    const { pathname, search } = new URL(url);
    expect(notes.includes(url) || notes.includes(`${pathname}${search}`)).toBe(true);
  });

  it('quotes only words that stand in the sources', () => {
    const normalise = (text: string) => text.replace(/\s+/g, ' ');
    for (const response of dataset.responses.filter((r) => r.quote)) expect(normalise(notes)).toContain(normalise(response.quote!));
  });
});

describe('dataset:check on the broken examples', () => {
  const cases = readdirSync(fixtures).sort();

  it.each(cases)('%s reports exactly the expected problems', (name) => {
    const dir = join(fixtures, name);
    const expected = readFileSync(join(dir, 'expected.txt'), 'utf8')
      .split('\n')
      .filter((line) => line && !line.startsWith('#'));
    const { dataset, problems } = compileDatasetDir(dir, dir);
    const actual = problems.map(formatProblem);
    expect(actual.length, actual.join('\n')).toBe(expected.length);
    actual.forEach((line, i) => {
      const want = expected[i]!;
      if (want.endsWith('*')) expect(line.startsWith(want.slice(0, -1)), line).toBe(true);
      else expect(line).toBe(want);
    });
    // Errors stop the build; warnings alone do not.
    expect(dataset === null).toBe(problems.some((p) => p.severity === 'error'));
    if (name !== 'valid' && !name.startsWith('warning-')) expect(dataset).toBeNull();
  });

  it('names the problem with file, JSON path and reason', () => {
    const { problems } = compileDatasetDir(join(fixtures, 'missing-outlet'), join(fixtures, 'missing-outlet'));
    expect(problems).toEqual([
      { file: 'stories/villa.json', path: '$.articles[1].outlet', message: 'refers to outlet "adressa", which does not exist', severity: 'error' },
    ]);
  });

  it('reports one bad entry without hiding the rest of its file', () => {
    const files = readSourceFiles(join(fixtures, 'schema-missing-field'), join(fixtures, 'schema-missing-field'));
    const { problems } = compileDataset(files);
    expect(problems).toHaveLength(1);
  });
});

describe('the dataset:check command', () => {
  const run = (...args: string[]) =>
    spawnSync(process.execPath, [join(repo, 'node_modules/tsx/dist/cli.mjs'), join(repo, 'scripts/dataset-check.ts'), ...args], {
      cwd: repo,
      encoding: 'utf8',
    });

  it('passes on the real dataset and the example pack', () => {
    const result = run();
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('dataset:check: ok; 0 warning(s)');
    expect(result.stdout).toContain('pack "trondheim-kommune-smittevern"');
  });

  it('fails with the precise message on a broken example', () => {
    const result = run('tests/fixtures/datasets/response-before-target');
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(
      'tests/fixtures/datasets/response-before-target/stories/villa.json $.responses[0].date: error: the response (2020-12-15) is dated before what it answers, "atea-artikkel" (2021-01)',
    );
  });
});

describe('the editors’ JSON Schemas', () => {
  it('are up to date with the zod schema (run `npm run dataset:build` after changing it)', () => {
    for (const [name, schema] of Object.entries(jsonSchemas())) {
      const committed = JSON.parse(readFileSync(join(repo, 'schema', name), 'utf8'));
      expect(committed, name).toEqual(JSON.parse(JSON.stringify(schema)));
    }
  });

  it('are the ones the source files point to', () => {
    const files = [...readSourceFiles(join(repo, 'data'), repo).map((f) => f.path), 'packs/trondheim-kommune-smittevern.json'];
    for (const file of files) {
      const pointer = JSON.parse(readFileSync(join(repo, file), 'utf8')).$schema as string;
      expect(existsSync(join(dirname(join(repo, file)), pointer)), `${file} → ${pointer}`).toBe(true);
    }
  });
});

describe('partial dates', () => {
  it('stand for every day they may mean', () => {
    expect([earliestDay('2020'), latestDay('2020')]).toEqual(['2020-01-01', '2020-12-31']);
    expect([earliestDay('2020-02'), latestDay('2020-02')]).toEqual(['2020-02-01', '2020-02-29']);
    expect(latestDay('2021-02')).toBe('2021-02-28');
    expect(earliestDay('2021-01-22')).toBe('2021-01-22');
  });
  it('are ordered only when certain', () => {
    expect(certainlyBefore('2020-12-15', '2021-01')).toBe(true);
    expect(certainlyBefore('2021-01-22', '2021-01')).toBe(false);
    expect(mayCoincide('2021-01-22', '2021')).toBe(true);
    expect(mayCoincide('2021-02-22', '2021-01-22')).toBe(false);
  });
});
