/** Partial dates ("2014", "2020-03", "2014-05-22") as the span of days they may stand for. */

export function earliestDay(date: string): string {
  const [year, month = '01', day = '01'] = date.split('-');
  return `${year}-${month}-${day}`;
}

export function latestDay(date: string): string {
  const [year, month, day] = date.split('-');
  if (day) return date;
  if (month) return `${year}-${month}-${String(daysInMonth(Number(year), Number(month))).padStart(2, '0')}`;
  return `${year}-12-31`;
}

/** True when `a` is certainly before `b`: every day `a` may stand for comes before every day of `b`. */
export function certainlyBefore(a: string, b: string): boolean {
  return latestDay(a) < earliestDay(b);
}

/** True when the two partial dates may stand for the same day. */
export function mayCoincide(a: string, b: string): boolean {
  return !certainlyBefore(a, b) && !certainlyBefore(b, a);
}

export function precisionOf(date: string): 'year' | 'month' | 'day' {
  const parts = date.split('-').length;
  return parts === 1 ? 'year' : parts === 2 ? 'month' : 'day';
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}
