import { useState } from 'preact/hooks';
import { formatCitation, type Citable, type CiteLang, type CiteStyle } from '../utils/cite';
import { t, uiLanguage } from '../utils/i18n';

const STYLES: CiteStyle[] = ['apa', 'chicago', 'mla', 'bibtex', 'csl-json', 'markdown'];

/** The citation language follows the interface: nynorsk, bokmål (and "no"), else English. */
export function citeLanguage(): CiteLang {
  const lang = uiLanguage().toLowerCase();
  if (lang.startsWith('nn')) return 'nn';
  return lang.startsWith('nb') || lang.startsWith('no') ? 'nb' : 'en';
}

/** Copies text and reports the outcome in words the reader sees and a screen reader hears. */
export function useCopy(): [string, (text: string) => Promise<void>] {
  const [status, setStatus] = useState('');
  const copy = async (text: string) => {
    try {
      await navigator.clipboard.writeText(text);
      setStatus(t('copied'));
    } catch {
      setStatus(t('copyFailed'));
    }
  };
  return [status, copy];
}

/** "Cite": one button per style; each copies the formatted citation. */
export function CiteMenu({ citable, label }: { citable: Citable; label: string }) {
  const [status, copy] = useCopy();
  return (
    <details class="cite">
      <summary aria-label={label}>{t('cite')}</summary>
      <div class="cite-styles" role="group" aria-label={label}>
        {STYLES.map((style) => (
          <button key={style} type="button" onClick={() => void copy(formatCitation(citable, style, citeLanguage()))}>
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
