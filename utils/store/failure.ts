/** Why a read or write of the user's own records failed, in terms the UI has a message for. */
export type StoreFailureReason = 'quota' | 'blocked' | 'newer' | 'corrupt' | 'failed';

/** Thrown by the history, review, report and import functions; the UI shows `reason` in words. */
export class StoreFailure extends Error {
  constructor(
    readonly reason: StoreFailureReason,
    message: string,
  ) {
    super(message);
    this.name = 'StoreFailure';
  }
}

/** The locale key of each reason's message, for `t()`. */
export const FAILURE_MESSAGE_KEY: Record<StoreFailureReason, string> = {
  quota: 'storeFailQuota',
  blocked: 'storeFailBlocked',
  newer: 'storeFailNewer',
  corrupt: 'storeFailCorrupt',
  failed: 'storeFailWrite',
};

export function classifyFailure(cause: unknown): StoreFailure {
  if (cause instanceof StoreFailure) return cause;
  const error = cause as { name?: string; message?: string } | null;
  const name = error?.name ?? '';
  const message = error?.message ?? String(cause);
  if (name === 'QuotaExceededError' || /quota/i.test(message)) return new StoreFailure('quota', message);
  if (/newer version of Tilsvar/.test(message) || name === 'VersionError') return new StoreFailure('newer', message);
  if (name === 'DataError' || name === 'UnknownError' || name === 'NotFoundError' || name === 'DataCloneError') {
    return new StoreFailure('corrupt', message);
  }
  return new StoreFailure('failed', message);
}

/** How long opening may wait on another connection (an older Tilsvar page that will not close) before giving up. */
const OPEN_WAIT_MS = 5000;

/** The database, or a `blocked` failure when opening does not finish (another context holds an old version open). */
export async function openOrFail<T>(open: () => Promise<T>, waitMs = OPEN_WAIT_MS): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const blocked = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new StoreFailure('blocked', 'the database is held open by another Tilsvar page')), waitMs);
  });
  try {
    return await Promise.race([open(), blocked]);
  } catch (cause) {
    throw classifyFailure(cause);
  } finally {
    clearTimeout(timer);
  }
}

/** The part of an idb transaction `writeAll` needs. */
interface Transaction {
  done: Promise<void>;
  error: DOMException | null;
  abort(): void;
}

/**
 * Runs the writes of one transaction. Any failure (a request that fails, an exception thrown between
 * requests, a commit refused for quota) aborts the whole transaction, so nothing half-written stays.
 */
export async function writeAll<T extends Transaction, R>(transaction: T, body: (tx: T) => Promise<R>): Promise<R> {
  try {
    const result = await body(transaction);
    await transaction.done;
    return result;
  } catch (cause) {
    try {
      transaction.abort();
    } catch {
      // Already aborted by the failed request, or already finished.
    }
    await transaction.done.catch(() => undefined);
    throw classifyFailure(transaction.error ?? cause);
  }
}
