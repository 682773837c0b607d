import { useState } from 'preact/hooks';
import type { Citable } from '../utils/cite/citable';
import type { CiteLang } from '../utils/cite/dates';
import type { CiteStyle } from '../utils/cite/styles';
import { t, uiLanguage } from '../utils/i18n';

const STYLES: CiteStyle[] = ['apa', 'chicago', 'mla', 'bibtex', 'csl-json', 'markdown'];

/** The citation language follows the interface: nynorsk, bokmål (and "no"), else English. */
export function citeLanguage(): CiteLang {
  const lang = uiLanguage().toLowerCase();
  if (lang.startsWith('nn')) return 'nn';
  return lang.startsWith('nb') || lang.startsWith('no') ? 'nb' : 'en';
}

/**
 * The citation formatters, loaded on the first copy rather than with the popup: they are a fifth of its
 * code and most openings never cite. The click's user activation outlasts the load.
 */
export const loadCite = () => import('../utils/cite');

/** Copies text (made when asked) and reports the outcome in words the reader sees and a screen reader hears. */
export function useCopy(): [string, (text: () => string | Promise<string>) => Promise<void>] {
  const [status, setStatus] = useState('');
  const copy = async (text: () => string | Promise<string>) => {
    try {
      await navigator.clipboard.writeText(await text());
      setStatus(t('copied'));
    } catch {
      setStatus(t('copyFailed'));
    }
  };
  return [status, copy];
}

/**
 * "Cite": one button per style; each copies the formatted citation. The buttons are made when the menu first
 * opens: a popup has a menu per response and per event, and most are never opened.
 */
export function CiteMenu({ citable, label }: { citable: Citable; label: string }) {
  const [status, copy] = useCopy();
  const [opened, setOpened] = useState(false);
  return (
    <details class="cite" onToggle={(event) => (event.currentTarget as HTMLDetailsElement).open && setOpened(true)}>
      <summary aria-label={label}>{t('cite')}</summary>
      <div class="cite-styles" role="group" aria-label={label}>
        {opened &&
          STYLES.map((style) => (
            <button key={style} type="button" onClick={() => void copy(async () => (await loadCite()).formatCitation(citable, style, citeLanguage()))}>
              {t(`citeStyle_${style.replace('-', '_')}`)}
            </button>
          ))}
      </div>
      <p class="copy-status" role="status">
        {status}
      </p>
    </details>
  );
}
