import { useEffect, useState } from 'preact/hooks';
import { formatProblem } from '../utils/dataset/problems';
import type { DatasetProblem } from '../utils/dataset/types';
import { formatPartialDate } from '../utils/format';
import { t, uiLanguage } from '../utils/i18n';
import { importPackFile, listPacks, removePack, setPackEnabled, type PackSummary } from '../utils/store/packs';
import { failureText } from './record-text';

type Outcome = { kind: 'ok'; text: string; warnings: DatasetProblem[] } | { kind: 'refused'; problems: DatasetProblem[] } | null;

/** Packs: datasets a municipality or newsroom publishes, imported from a file and kept in IndexedDB. */
export function PacksSection() {
  const [packs, setPacks] = useState<PackSummary[] | null>(null);
  const [outcome, setOutcome] = useState<Outcome>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState('');

  const refresh = () =>
    listPacks().then(setPacks, (e: unknown) => {
      setPacks([]);
      setError(failureText(e));
    });
  useEffect(() => void refresh(), []);

  const onFile = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    if (!file) return;
    setBusy(true);
    setOutcome(null);
    try {
      const result = await importPackFile(file);
      if (result.ok) {
        const text = result.replacedVersion
          ? t('packUpdated', [result.pack.title, result.replacedVersion, result.pack.version])
          : t('packImported', [result.pack.title, result.pack.version]);
        setOutcome({ kind: 'ok', text, warnings: result.warnings });
      } else {
        setOutcome({ kind: 'refused', problems: result.problems });
      }
    } catch (e) {
      setOutcome({ kind: 'refused', problems: [{ file: file.name, path: '$', message: (e as Error).message, severity: 'error' }] });
    } finally {
      input.value = '';
      setBusy(false);
      await refresh();
    }
  };

  const act = async (action: () => Promise<unknown>) => {
    try {
      await action();
    } catch (e) {
      setError(failureText(e));
    }
    await refresh();
  };

  const lang = uiLanguage();
  return (
    <section aria-labelledby="packs-heading">
      <h2 id="packs-heading">{t('optionsPacks')}</h2>
      <p class="hint">{t('optionsPacksHint')}</p>
      <label class="file">
        {t('packImport')}{' '}
        <input type="file" accept=".json,application/json" disabled={busy} onChange={(e) => void onFile(e.currentTarget)} />
      </label>
      <div role="status" aria-live="polite" class="pack-outcome">
        {busy && <p>{t('packImporting')}</p>}
        {outcome?.kind === 'ok' && (
          <>
            <p class="ok">{outcome.text}</p>
            {outcome.warnings.length > 0 && <ProblemList title={t('packWarnings', String(outcome.warnings.length))} problems={outcome.warnings} />}
          </>
        )}
        {outcome?.kind === 'refused' && (
          <ProblemList title={t('packRefused', String(outcome.problems.length))} problems={outcome.problems} />
        )}
        {error && <p class="error">{error}</p>}
      </div>
      {packs !== null && packs.length === 0 && <p class="muted">{t('packNone')}</p>}
      {packs !== null && packs.length > 0 && (
        <table>
          <caption class="visually-hidden">{t('optionsPacks')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('packColumnPack')}</th>
              <th scope="col">{t('packColumnContents')}</th>
              <th scope="col">{t('packColumnUse')}</th>
              <th scope="col">
                <span class="visually-hidden">{t('packRemove')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {packs.map((pack) => (
              <tr key={pack.id} data-pack={pack.id}>
                <td>
                  <strong>{pack.title}</strong> {t('packVersion', pack.version)}
                  <div class="muted">
                    {pack.publisher} · {formatPartialDate(pack.date, lang)} · {pack.licence}
                  </div>
                </td>
                <td>
                  {t('packCounts', [String(pack.counts.story), String(pack.counts.article), String(pack.counts.response), String(pack.counts.event)])}
                </td>
                <td>
                  <label class="choice">
                    <input type="checkbox" checked={pack.enabled} onChange={(e) => void act(() => setPackEnabled(pack.id, e.currentTarget.checked))} />
                    {t('packEnabled')}
                  </label>
                </td>
                <td>
                  <button type="button" aria-label={t('packRemoveNamed', pack.title)} onClick={() => void act(() => removePack(pack.id))}>
                    {t('packRemove')}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

function ProblemList({ title, problems }: { title: string; problems: DatasetProblem[] }) {
  return (
    <div class="problems">
      <p class="error">{title}</p>
      <ul>
        {problems.slice(0, 50).map((problem, i) => (
          <li key={i}>
            <code>{formatProblem(problem)}</code>
          </li>
        ))}
      </ul>
      {problems.length > 50 && <p class="muted">{t('packMoreProblems', String(problems.length - 50))}</p>}
    </div>
  );
}
