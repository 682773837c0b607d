import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, sanitizeSettings } from '../../utils/settings';

describe('stored settings are checked field by field', () => {
  it('keeps what is valid', () => {
    const settings = { language: 'nn', notice: false, noticeOffSites: ['adressa'], disabledSites: [], history: true };
    expect(sanitizeSettings(settings)).toEqual(settings);
  });
  it('falls back to defaults for anything malformed, without losing the valid fields', () => {
    expect(sanitizeSettings(null)).toEqual(DEFAULT_SETTINGS);
    expect(sanitizeSettings('nb')).toEqual(DEFAULT_SETTINGS);
    expect(sanitizeSettings({ language: 'de', notice: 'yes', disabledSites: ['adressa', 42, '<script>', 'adressa'] })).toEqual({
      ...DEFAULT_SETTINGS,
      disabledSites: ['adressa'],
    });
  });
});

describe('every string exists in bokmål, nynorsk and English', () => {
  const load = (lang: string) =>
    JSON.parse(readFileSync(new URL(`../../public/_locales/${lang}/messages.json`, import.meta.url), 'utf8')) as Record<
      string,
      { message: string; placeholders?: Record<string, { content: string }> }
    >;
  const en = load('en');
  it.each(['nb', 'nn'])('%s has the same keys and placeholders as English, and no empty message', (lang) => {
    const other = load(lang);
    expect(Object.keys(other).sort()).toEqual(Object.keys(en).sort());
    for (const [key, entry] of Object.entries(en)) {
      expect(other[key]!.placeholders ?? {}, key).toEqual(entry.placeholders ?? {});
      expect(other[key]!.message.trim().length, key).toBeGreaterThan(0);
    }
  });
  it('message names are valid for both Chromium and Firefox', () => {
    for (const key of Object.keys(en)) expect(key).toMatch(/^[A-Za-z0-9_]+$/);
  });
});
