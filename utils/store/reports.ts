import type { ReportKind, WrongLinkReport } from './db';
import { writeAll } from './failure';
import { isReportKind, MAX_COMMENT_LENGTH } from './limits';
import { newId, openRecords, readRecords, type RecordStoreOptions } from './shared';

export interface ReportInput {
  pageUrl: string;
  itemId: string;
  kind: ReportKind;
  comment?: string;
}

/**
 * Keeps a "wrong link" report on this device only. Nothing is sent: the user exports reports from the
 * options page and passes them on themselves. The same item reported again for the same page replaces
 * the earlier report (with the new comment) instead of piling up duplicates.
 */
export async function addReport(input: ReportInput, options: RecordStoreOptions = {}): Promise<WrongLinkReport> {
  if (!isReportKind(input.kind)) throw new RangeError(`unknown item kind: ${String(input.kind)}`);
  if (!input.pageUrl || !input.itemId) throw new RangeError('a report needs the page and the item');
  const comment = (input.comment ?? '').trim();
  if (comment.length > MAX_COMMENT_LENGTH) throw new RangeError(`a comment may be at most ${MAX_COMMENT_LENGTH} characters`);
  const now = (options.now ?? new Date()).toISOString();
  const db = await openRecords(options);
  return writeAll(db.transaction('reports', 'readwrite'), async (tx) => {
    const all = await tx.store.getAll();
    const earlier = all.find((r) => r.pageUrl === input.pageUrl && r.itemId === input.itemId && r.kind === input.kind);
    const report: WrongLinkReport = { id: earlier?.id ?? newId(), pageUrl: input.pageUrl, itemId: input.itemId, kind: input.kind, comment, createdAt: now };
    await tx.store.put(report);
    return report;
  });
}

/** Every report, the newest first. */
export async function listReports(options: RecordStoreOptions = {}): Promise<WrongLinkReport[]> {
  return readRecords(options, async (db) => (await db.getAllFromIndex('reports', 'createdAt')).reverse());
}

export async function deleteReport(id: string, options: RecordStoreOptions = {}): Promise<boolean> {
  const db = await openRecords(options);
  return writeAll(db.transaction('reports', 'readwrite'), async (tx) => {
    const existed = (await tx.store.getKey(id)) !== undefined;
    if (existed) await tx.store.delete(id);
    return existed;
  });
}
