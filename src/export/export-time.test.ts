import { describe, expect, it } from 'vitest';
import { stixEndTimestamp, stixTimestamp, timePrecision } from './export-time.js';

describe('export times', () => {
  it('writes STIX timestamps in UTC with milliseconds', () => {
    expect(stixTimestamp('2015-07-21')).toBe('2015-07-21T00:00:00.000Z');
    expect(stixTimestamp('2015-07')).toBe('2015-07-01T00:00:00.000Z');
    expect(stixTimestamp('2024-04-23T15:44')).toBe('2024-04-23T15:44:00.000Z');
    expect(stixTimestamp('2024-04-23T15:44:00+03:00')).toBe('2024-04-23T12:44:00.000Z');
    expect(stixTimestamp('منذ يومين')).toBeNull();
    expect(stixEndTimestamp('2015-07-21')).toBe('2015-07-21T23:59:59.999Z');
  });

  it('reads the precision of a resolved range back: day, week, month, year', () => {
    expect(timePrecision('2015-07-21', '2015-07-21')).toBe('day');
    expect(timePrecision('2015-07-13', '2015-07-19')).toBe('week');
    expect(timePrecision('2015-02-01', '2015-02-28')).toBe('month');
    expect(timePrecision('2016-02-01', '2016-02-28')).toBeNull();
    expect(timePrecision('2014-01-01', '2014-12-31')).toBe('year');
    expect(timePrecision('2014-01-01', '2015-03-05')).toBeNull();
    expect(timePrecision(null, '2015-03-05')).toBeNull();
  });
});
