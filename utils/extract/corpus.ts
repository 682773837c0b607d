// Reading a corpus in the format of ../shared/corpus (Node only: never imported by the content script).
// The pages are the publishers' copyright: they are read where they lie and never copied.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { pageUrlOf, primaryLanguage, type ExpectedPage } from './score';

export interface CorpusPage {
  id: string;
  /** The address to extract with: the recorded URL, else the file's own file:// address. */
  pageUrl: string;
  htmlPath: string;
  language: string | null;
  norwegian: boolean;
  expected: ExpectedPage;
}

/** The folder ../shared/corpus next to the repository, resolved from the repository root. */
export function defaultCorpusDir(repoRoot: string): string {
  return resolve(repoRoot, '../shared/corpus');
}

/** Every `<id>/expected.json` + `<id>/source.html` pair in `dir`, sorted by id. */
export function loadCorpus(dir: string): CorpusPage[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(join(dir, entry.name, 'expected.json')) && existsSync(join(dir, entry.name, 'source.html')))
    .map((entry) => entry.name)
    .sort()
    .map((id) => {
      const expected = JSON.parse(readFileSync(join(dir, id, 'expected.json'), 'utf8')) as ExpectedPage;
      const htmlPath = join(dir, id, 'source.html');
      const languageField = expected.fields.language;
      const language = primaryLanguage(languageField?.primary ?? languageField?.value);
      return {
        id,
        pageUrl: pageUrlOf(expected.url) ?? pathToFileURL(htmlPath).href,
        htmlPath,
        language,
        norwegian: language === 'no' || language === 'nn',
        expected: { ...expected, id: expected.id ?? id },
      };
    });
}

export function readPageHtml(page: CorpusPage): string {
  return readFileSync(page.htmlPath, 'utf8');
}
