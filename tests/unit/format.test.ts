import { describe, expect, it } from 'vitest';
import { formatPageDate, formatPartialDate, safeHref } from '../../utils/format';

describe('dates are shown no more precisely than the dataset knows them', () => {
  it('a year stays a year, a month a month', () => {
    expect(formatPartialDate('2013', 'nb')).toBe('2013');
    expect(formatPartialDate('2020-03', 'nb')).toBe('mars 2020');
    expect(formatPartialDate('2020-03', 'en')).toBe('March 2020');
  });
  it('a day is written the way each language writes it', () => {
    expect(formatPartialDate('2014-05-22', 'nb')).toBe('22. mai 2014');
    expect(formatPartialDate('2014-05-22', 'nn')).toBe('22. mai 2014');
    expect(formatPartialDate('2021-01-22', 'en-US')).toBe('January 22, 2021');
  });
  it('a page date that is not a date shows nothing rather than "Invalid Date"', () => {
    expect(formatPageDate('yesterday', 'nb')).toBeNull();
    expect(formatPageDate(null, 'nb')).toBeNull();
  });
});

describe('safeHref: only web links', () => {
  it('keeps http and https', () => {
    expect(safeHref('https://www.adressa.no/a')).toBe('https://www.adressa.no/a');
    expect(safeHref('http://blogg.trondheim.kommune.no/omi/')).toBe('http://blogg.trondheim.kommune.no/omi/');
  });
  it.each(['javascript:alert(1)', 'JaVaScRiPt:alert(1)', ' javascript:alert(1)', 'data:text/html,<b>x</b>', 'chrome://settings', 'file:///etc/passwd', 'not a url', ''])(
    'drops %j',
    (url) => expect(safeHref(url)).toBeNull(),
  );
});
