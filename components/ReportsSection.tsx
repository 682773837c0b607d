import { useEffect, useState } from 'preact/hooks';
import { formatTime } from '../utils/format';
import { t, uiLanguage } from '../utils/i18n';
import type { WrongLinkReport } from '../utils/store/db';
import { downloadText, exportFileName } from './CoverageDownload';
import { failureText } from './record-text';

const kindLabel = (kind: WrongLinkReport['kind']) => t(`reportKind_${kind}`);

/** The options page's list of "wrong link" reports, kept on this device, with export and removal. */
export function ReportsSection() {
  const [reports, setReports] = useState<WrongLinkReport[] | null>(null);
  const [message, setMessage] = useState<{ kind: 'ok' | 'error'; text: string } | null>(null);
  const store = () => import('../utils/store/reports');

  const refresh = async () => {
    try {
      setReports(await (await store()).listReports());
    } catch (error) {
      setReports([]);
      setMessage({ kind: 'error', text: failureText(error) });
    }
  };
  useEffect(() => void refresh(), []);

  const remove = async (id: string) => {
    try {
      await (await store()).deleteReport(id);
    } catch (error) {
      setMessage({ kind: 'error', text: failureText(error) });
    }
    await refresh();
  };
  const exportAs = async (format: 'csv' | 'json') => {
    const list = reports ?? [];
    const { reportsCsv, reportsJson } = await import('../utils/store/export');
    if (format === 'csv') downloadText(exportFileName('reports', 'csv'), reportsCsv(list), 'text/csv;charset=utf-8');
    // The ordinary records export (no history, no reviews): the coverage page's import takes it back.
    else downloadText(exportFileName('reports', 'json'), reportsJson(list), 'application/json');
  };

  return (
    <section aria-labelledby="reports-heading">
      <h2 id="reports-heading">{t('optionsReports')}</h2>
      <p class="hint">{t('optionsReportsHint')}</p>
      <p class={`reports-message ${message?.kind ?? ''}`} role="status">
        {message?.text}
      </p>
      {reports !== null && reports.length === 0 && <p class="muted">{t('reportsNone')}</p>}
      {reports !== null && reports.length > 0 && (
        <>
          <p class="buttons">
            <button type="button" onClick={() => void exportAs('csv')}>
              {t('reportsExportCsv')}
            </button>{' '}
            <button type="button" onClick={() => void exportAs('json')}>
              {t('reportsExportJson')}
            </button>
          </p>
          <table>
            <caption class="visually-hidden">{t('optionsReports')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('reportColumnDate')}</th>
                <th scope="col">{t('reportColumnItem')}</th>
                <th scope="col">{t('reportColumnComment')}</th>
                <th scope="col">
                  <span class="visually-hidden">{t('reportDelete')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {reports.map((report) => (
                <tr key={report.id} data-report={report.id}>
                  <td>{formatTime(report.createdAt, uiLanguage())}</td>
                  <td>
                    {kindLabel(report.kind)}: <code>{report.itemId}</code>
                    <div class="muted report-page">{report.pageUrl}</div>
                  </td>
                  <td>{report.comment}</td>
                  <td>
                    <button type="button" onClick={() => void remove(report.id)}>
                      {t('reportDelete')}
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </section>
  );
}
