// A popup shows dozens of dates; building an Intl.DateTimeFormat is far dearer than using one.
const formatters = new Map<string, Intl.DateTimeFormat>();
function formatter(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale} ${JSON.stringify(options)}`;
  let format = formatters.get(key);
  if (!format) formatters.set(key, (format = new Intl.DateTimeFormat(locale, options)));
  return format;
}

/**
 * Formats a dataset date written as precisely as its source allows ("2014", "2020-03", "2014-05-22")
 * without adding precision it does not have.
 */
export function formatPartialDate(value: string, locale: string): string {
  const [year, month, day] = value.split('-').map(Number);
  if (!year) return value;
  if (!month) return String(year);
  const date = new Date(Date.UTC(year, month - 1, day ?? 1));
  const options: Intl.DateTimeFormatOptions = day
    ? { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }
    : { month: 'long', year: 'numeric', timeZone: 'UTC' };
  return formatter(locale, options).format(date);
}

/** Formats an instant the extension recorded (a review, a note, a report) as day and time. */
export function formatTime(iso: string, locale: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : formatter(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(date);
}

/** Formats an ISO 8601 instant from a page as a day, in the reader's language. */
export function formatPageDate(iso: string | null, locale: string): string | null {
  if (!iso) return null;
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return null;
  return formatter(locale, { day: 'numeric', month: 'long', year: 'numeric' }).format(date);
}

/** Only web links leave the extension: anything else (javascript:, data:, …) is dropped. */
export function safeHref(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed.href : null;
  } catch {
    return null;
  }
}
