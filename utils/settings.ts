import { browser } from 'wxt/browser';

export type LanguageChoice = 'auto' | 'nb' | 'nn' | 'en';

/** What the user can change on the options page; kept in storage.local, read by every context. */
export interface Settings {
  language: LanguageChoice;
  /** The in-page notice on articles with an official response. */
  notice: boolean;
  /** Sites (registry ids) where the in-page notice is switched off. */
  noticeOffSites: string[];
  /** Sites (registry ids) where Tilsvar does nothing at all. */
  disabledSites: string[];
  /** Keep a local history of matched articles the user opens the popup on (coverage page). */
  history: boolean;
}

export const DEFAULT_SETTINGS: Settings = { language: 'auto', notice: true, noticeOffSites: [], disabledSites: [], history: true };

const KEY = 'settings';
const LANGUAGES: readonly LanguageChoice[] = ['auto', 'nb', 'nn', 'en'];

/** Stored settings, each field checked: anything malformed falls back to its default. */
export async function getSettings(): Promise<Settings> {
  const stored = (await browser.storage.local.get(KEY))[KEY];
  return sanitizeSettings(stored);
}

export async function updateSettings(change: Partial<Settings>): Promise<Settings> {
  const next = sanitizeSettings({ ...(await getSettings()), ...change });
  await browser.storage.local.set({ [KEY]: next });
  return next;
}

export function sanitizeSettings(value: unknown): Settings {
  const input = typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {};
  const ids = (list: unknown) =>
    Array.isArray(list) ? [...new Set(list.filter((id): id is string => typeof id === 'string' && /^[a-z0-9-]{1,40}$/.test(id)))] : [];
  return {
    language: LANGUAGES.includes(input.language as LanguageChoice) ? (input.language as LanguageChoice) : DEFAULT_SETTINGS.language,
    notice: typeof input.notice === 'boolean' ? input.notice : DEFAULT_SETTINGS.notice,
    noticeOffSites: ids(input.noticeOffSites),
    disabledSites: ids(input.disabledSites),
    history: typeof input.history === 'boolean' ? input.history : DEFAULT_SETTINGS.history,
  };
}

export function onSettingsChanged(listener: (settings: Settings) => void): void {
  browser.storage.onChanged.addListener((changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area === 'local' && KEY in changes) listener(sanitizeSettings(changes[KEY]?.newValue));
  });
}
