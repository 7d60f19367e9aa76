/**
 * Hijri (Umm al-Qura) to Gregorian conversion. ICU, through `Intl.DateTimeFormat` with the
 * `islamic-umalqura` calendar, converts Gregorian to Hijri; we invert it by a short search around
 * an arithmetic estimate, so the tables stay ICU's (kept up to date with Node) and not ours.
 */

const FORMAT = new Intl.DateTimeFormat('en-u-ca-islamic-umalqura-nu-latn', {
  timeZone: 'UTC',
  year: 'numeric',
  month: 'numeric',
  day: 'numeric',
});

const DAY_MS = 86_400_000;

/** The Umm al-Qura date of a UTC day, as `[year, month, day]`. */
export function gregorianToHijri(date: Date): [number, number, number] {
  let y = 0;
  let m = 0;
  let d = 0;
  for (const part of FORMAT.formatToParts(date)) {
    if (part.type === 'year') y = Number.parseInt(part.value, 10);
    else if (part.type === 'month') m = Number.parseInt(part.value, 10);
    else if (part.type === 'day') d = Number.parseInt(part.value, 10);
  }
  return [y, m, d];
}

/**
 * The Gregorian date (`YYYY-MM-DD`) of Hijri day `day` of `month` (1-12) of `year` in the Umm
 * al-Qura calendar, or null when the date does not exist (day 30 of a 29-day month, a year
 * outside 1300-1600 AH).
 *
 * 1. Estimates the day from the arithmetic (tabular) Islamic calendar, which is never more than
 *    a day or two off Umm al-Qura.
 * 2. Searches up to five days either side for the day ICU names `year-month-day`.
 */
export function hijriToGregorian(year: number, month: number, day: number): string | null {
  if (year < 1300 || year > 1600 || month < 1 || month > 12 || day < 1 || day > 30) return null;
  // 1. Tabular estimate: Julian day of 1 Muharram 1 AH is 1948439.5.
  const jd =
    day + Math.ceil(29.5 * (month - 1)) + (year - 1) * 354 + Math.floor((3 + 11 * year) / 30) + 1948439.5 - 1;
  const estimate = Math.round((jd - 2440587.5) * DAY_MS);
  // 2. Search around it.
  for (const delta of [0, -1, 1, -2, 2, -3, 3, -4, 4, -5, 5]) {
    const t = estimate + delta * DAY_MS;
    const [y, m, d] = gregorianToHijri(new Date(t));
    if (y === year && m === month && d === day) return new Date(t).toISOString().slice(0, 10);
  }
  return null;
}
