import { describe, expect, it } from 'vitest';
import { findArabicDates, parseDateLine } from './arabic-date.js';
import { gregorianToHijri, hijriToGregorian } from './hijri-calendar.js';
import { dateFromUrl, normalizeMachineDate } from './machine-date.js';

const value = (line: string): string | null => parseDateLine(line)?.value ?? null;

describe('parseDateLine', () => {
  it('reads the seed date line to the minute, without a zone', () => {
    expect(value('23 أبريل 2024 , 15:44')).toBe('2024-04-23T15:44');
  });

  it('reads combined Syriac/transliterated months', () => {
    expect(value('الأحد، 04 آب/اغسطس 2013')).toBe('2013-08-04');
    expect(value('7 أغسطس (آب) 2020')).toBe('2020-08-07');
    expect(value('آب (أغسطس) 12، 2020')).toBe('2020-08-12');
  });

  it('attaches a time written after an update marker, with its GMT offset', () => {
    const d = parseDateLine('الأربعاء، 28 آب/اغسطس 2013، آخر تحديث 14:00 (GMT+0400)');
    expect(d?.value).toBe('2013-08-28T14:00+04:00');
    expect(d?.offset).toBe('+04:00');
  });

  it.each([
    ['12 شباط 2024', '2024-02-12'],
    ['1 آذار 2024', '2024-03-01'],
    ['الخميس 3 كانون الثاني 2019', '2019-01-03'],
    ['9 كانون الأول 2021', '2021-12-09'],
    ['15 تشرين الأول 2023', '2023-10-15'],
    ['2 تشرين ثاني 2023', '2023-11-02'],
    ['20 حزيران 2022', '2022-06-20'],
    ['5 أيلول 2020', '2020-09-05'],
  ])('reads the Levantine and Iraqi month in «%s»', (line, want) => {
    expect(value(line)).toBe(want);
  });

  it.each([
    ['13 يوليه 2019', '2019-07-13'],
    ['30 يونيه 2018', '2018-06-30'],
    ['4 اغسطس 2017', '2017-08-04'],
    ['11 إبريل 2016', '2016-04-11'],
    ['1 ابريل 2016', '2016-04-01'],
    ['31 ديسمبر 2015', '2015-12-31'],
  ])('reads the Egyptian and Gulf spelling in «%s»', (line, want) => {
    expect(value(line)).toBe(want);
  });

  it.each([
    ['14 جانفي 2022', '2022-01-14'],
    ['28 فيفري 2022', '2022-02-28'],
    ['3 أفريل 2022', '2022-04-03'],
    ['9 ماي 2022', '2022-05-09'],
    ['19 جوان 2022', '2022-06-19'],
    ['5 جويلية 2022', '2022-07-05'],
    ['21 أوت 2022', '2022-08-21'],
  ])('reads the Algerian and Tunisian month in «%s»', (line, want) => {
    expect(value(line)).toBe(want);
  });

  it.each([
    ['30 يوليوز 2021', '2021-07-30'],
    ['12 غشت 2022', '2022-08-12'],
    ['6 شتنبر 2022', '2022-09-06'],
    ['18 نونبر 2020', '2020-11-18'],
    ['25 دجنبر 2019', '2019-12-25'],
  ])('reads the Moroccan month in «%s»', (line, want) => {
    expect(value(line)).toBe(want);
  });

  it('reads Eastern Arabic and Persian digits', () => {
    expect(value('٢٣ أبريل ٢٠٢٤ - ١٥:٤٤')).toBe('2024-04-23T15:44');
    expect(value('۲۳/۰۴/۲۰۲۴')).toBe('2024-04-23');
  });

  it.each([
    ['23 أبريل 2024 3:44 م', '2024-04-23T15:44'],
    ['23 أبريل 2024 - 03:44 ص', '2024-04-23T03:44'],
    ['23 أبريل 2024 12:05 ص', '2024-04-23T00:05'],
    ['23 أبريل 2024 12:30 م', '2024-04-23T12:30'],
    ['23 أبريل 2024 الساعة 9:05 مساءً', '2024-04-23T21:05'],
    ['23 أبريل 2024 على الساعة 10:30 صباحاً', '2024-04-23T10:30'],
    ['15:44 - 23 أبريل 2024', '2024-04-23T15:44'],
  ])('reads the time and its day period in «%s»', (line, want) => {
    expect(value(line)).toBe(want);
  });

  it.each([
    ['5 مايو 2024 - 08:30 م بتوقيت مكة المكرمة', '2024-05-05T20:30+03:00'],
    ['5 مايو 2024 - 08:30 بتوقيت غرينتش', '2024-05-05T08:30+00:00'],
    ['5 مايو 2024 08:30 GMT+3', '2024-05-05T08:30+03:00'],
    ['2024-05-05T08:30:00+03:00', '2024-05-05T08:30+03:00'],
  ])('keeps the offset the line names in «%s»', (line, want) => {
    expect(value(line)).toBe(want);
  });

  it('leaves a time local when the zone has daylight saving time (Cairo)', () => {
    expect(value('5 مايو 2024 - 08:30 م بتوقيت القاهرة')).toBe('2024-05-05T20:30');
  });

  it('reads numeric dates day first, and month first only when the day cannot be a month', () => {
    expect(value('23/04/2024')).toBe('2024-04-23');
    expect(value('05/04/2024')).toBe('2024-04-05');
    expect(value('04/23/2024')).toBe('2024-04-23');
    expect(value('2024-04-23')).toBe('2024-04-23');
    expect(value('2024/4/3')).toBe('2024-04-03');
  });

  it('rejects impossible and incomplete dates', () => {
    expect(value('31 شباط 2024')).toBeNull();
    expect(value('2024-13-01')).toBeNull();
    expect(value('11 سبتمبر الماضي')).toBeNull();
    expect(value('في عام 2024')).toBeNull();
    expect(value('23 أبريل 2024 25:70')).toBe('2024-04-23');
  });

  it('converts Hijri dates (Umm al-Qura) and says they were Hijri', () => {
    const d = parseDateLine('الاثنين 1 رمضان 1445 هـ');
    expect(d?.value).toBe('2024-03-11');
    expect(d?.calendar).toBe('hijri');
    expect(d?.hijri).toBe('1445-09-01');
    expect(value('14 رمضان 1445هـ')).toBe('2024-03-24');
    expect(value('1 ذو القعدة 1444 هـ')).toBe('2023-05-21');
    expect(value('10 ذي الحجة 1444')).toBe('2023-06-28');
    expect(value('12 ربيع الأول 1446 هـ')).toBe('2024-09-15');
    expect(value('1 جمادى الآخرة 1445')).toBe('2023-12-14');
    expect(value('1445/09/14 هـ')).toBe('2024-03-24');
  });

  it('moves a Hijri date by a day when the weekday the page names says so', () => {
    // Umm al-Qura's 1 Ramadan 1445 is Monday 11 March; a country that sighted the moon a day
    // later wrote Tuesday.
    expect(value('الثلاثاء 1 رمضان 1445 هـ')).toBe('2024-03-12');
    expect(value('الأحد 1 رمضان 1445 هـ')).toBe('2024-03-10');
    expect(value('الخميس 1 رمضان 1445 هـ')).toBe('2024-03-11');
  });

  it('prefers the Gregorian date of a line that gives both calendars', () => {
    const d = parseDateLine('الأحد 14 رمضان 1445 هـ الموافق 24 مارس 2024 م');
    expect(d?.value).toBe('2024-03-24');
    expect(d?.calendar).toBe('gregorian');
  });
});

describe('findArabicDates', () => {
  it('finds every date with the span it covers', () => {
    const text = 'قال إنه زار المدينة في 3 أكتوبر 2012 ثم عاد إليها في ٤/٥/٢٠١٣ للمرة الثانية.';
    const dates = findArabicDates(text);
    expect(dates.map((d) => d.value)).toEqual(['2012-10-03', '2013-05-04']);
    expect(text.slice(dates[0]!.start, dates[0]!.end)).toBe('3 أكتوبر 2012');
    expect(text.slice(dates[1]!.start, dates[1]!.end)).toBe('٤/٥/٢٠١٣');
  });

  it('keeps diacritics and tatweel inside the span', () => {
    const text = 'الخميـس ١٤ رَمَضان ١٤٤٥ هـ';
    const [d] = findArabicDates(text);
    expect(d?.start).toBe(0);
    expect(d?.end).toBe(text.length);
  });

  it('does not read a month name inside a word, or a phone number as a date', () => {
    expect(findArabicDates('وصل إلى مارسيليا 2024')).toEqual([]);
    expect(findArabicDates('اتصل على 0123-45-6789')).toEqual([]);
  });
});

describe('hijriToGregorian', () => {
  it('inverts ICU for every tenth day over 120 years', () => {
    for (let t = Date.UTC(1950, 0, 1); t < Date.UTC(2070, 0, 1); t += 10 * 86_400_000) {
      const [y, m, d] = gregorianToHijri(new Date(t));
      expect(hijriToGregorian(y, m, d)).toBe(new Date(t).toISOString().slice(0, 10));
    }
  });

  it('rejects days that do not exist', () => {
    expect(hijriToGregorian(1445, 13, 1)).toBeNull();
    expect(hijriToGregorian(1200, 1, 1)).toBeNull();
  });
});

describe('normalizeMachineDate', () => {
  it.each([
    ['2024-04-23T15:44:00+03:00', '2024-04-23T15:44+03:00'],
    ['2024-04-23T12:44:00.000Z', '2024-04-23T12:44+00:00'],
    ['2024-04-23 15:44:00', '2024-04-23T15:44'],
    ['2024-04-23', '2024-04-23'],
    ['20240423', '2024-04-23'],
    ['2024/04/23 15:44', '2024-04-23T15:44'],
    ['Tue, 23 Apr 2024 15:44:00 +0300', '2024-04-23T15:44+03:00'],
    ['April 23, 2024 3:44 pm', '2024-04-23T15:44'],
    ['23 أبريل 2024', '2024-04-23'],
  ])('reads %s', (input, want) => {
    expect(normalizeMachineDate(input)).toBe(want);
  });

  it('returns null for what is no date', () => {
    expect(normalizeMachineDate('')).toBeNull();
    expect(normalizeMachineDate('yesterday')).toBeNull();
    expect(normalizeMachineDate('2024-02-30')).toBeNull();
  });
});

describe('dateFromUrl', () => {
  it('reads dated paths', () => {
    expect(dateFromUrl('http://arabic.cnn.com/2013/middle_east/8/3/syria.clashes/index.html')).toBe('2013-08-03');
    expect(dateFromUrl('https://example.com/2024/04/23/slug/')).toBe('2024-04-23');
    expect(dateFromUrl('https://example.com/news/2024-04-23-slug')).toBe('2024-04-23');
    expect(dateFromUrl('https://example.com/news/20240423/slug')).toBe('2024-04-23');
  });

  it('ignores paths without a date', () => {
    expect(dateFromUrl('https://example.com/news/12345')).toBeNull();
    expect(dateFromUrl('https://example.com/2024/report')).toBeNull();
    expect(dateFromUrl('not a url')).toBeNull();
  });
});
