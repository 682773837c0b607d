import { browser } from 'wxt/browser';

/** A message from `_locales`; the key is returned as is when a translation is missing, so gaps show. */
export function t(key: string, substitutions?: string | string[]): string {
  return browser.i18n.getMessage(key as never, substitutions) || key;
}

export function uiLanguage(): string {
  return browser.i18n.getUILanguage() || 'en';
}
