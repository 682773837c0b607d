import { browser } from 'wxt/browser';
import type { LanguageChoice } from './settings';

type LocaleMessages = Record<string, { message: string; placeholders?: Record<string, { content: string }> }>;

// browser.i18n follows the browser's language only; a language chosen in the options is loaded here instead.
let chosen: { lang: string; messages: LocaleMessages } | null = null;

/** Loads the chosen language's messages; 'auto' leaves the browser's own language in charge. */
export async function initI18n(choice: LanguageChoice): Promise<void> {
  if (choice === 'auto') {
    chosen = null;
    return;
  }
  try {
    const response = await fetch(browser.runtime.getURL(`/_locales/${choice}/messages.json` as '/'));
    chosen = { lang: choice, messages: (await response.json()) as LocaleMessages };
  } catch {
    chosen = null;
  }
}

/** A message from `_locales`; the key is returned as is when a translation is missing, so gaps show. */
export function t(key: string, substitutions?: string | string[]): string {
  if (!chosen) return browser.i18n.getMessage(key as never, substitutions) || key;
  const entry = chosen.messages[key];
  if (!entry) return browser.i18n.getMessage(key as never, substitutions) || key;
  const values = substitutions === undefined ? [] : Array.isArray(substitutions) ? substitutions : [substitutions];
  const positional = (text: string) => text.replace(/\$(\d)/g, (_, n: string) => values[Number(n) - 1] ?? '');
  return entry.message.replace(/\$(\w+)\$/g, (whole, name: string) => {
    const placeholder = entry.placeholders?.[name.toLowerCase()];
    return placeholder ? positional(placeholder.content) : whole;
  });
}

/** The language the UI speaks: the chosen one, else the browser's. */
export function uiLanguage(): string {
  return chosen?.lang ?? (browser.i18n.getUILanguage() || 'en');
}
