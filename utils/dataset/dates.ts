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

/** Days since 1970-01-01 of the first day a partial date can stand for. */
export function dayNumber(date: string): number {
  return daysSinceEpoch(earliestDay(date));
}

/** Days since 1970-01-01 of the last day a partial date can stand for. */
export function lastDayNumber(date: string): number {
  return daysSinceEpoch(latestDay(date));
}

function daysSinceEpoch(day: string): number {
  const [year, month, date] = day.split('-').map(Number);
  return Math.floor(Date.UTC(year!, month! - 1, date!) / 86_400_000);
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}
