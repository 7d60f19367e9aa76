/**
 * A few well-known events with their dates, as world knowledge the relate stage may check time
 * expressions against (the seed's "fall of Gaddafi at the end of last year", resolved against a
 * 2024 page, contradicts 2011). Each event is named by cue words that must all occur shortly
 * before the time expression. Written by hand; add an event only with a sure date.
 */

/** One event: the words that name it (all of one list must occur) and the days it spans. */
export interface KnownEvent {
  readonly en: string;
  readonly cues: readonly (readonly string[])[];
  /** First and last day, ISO. */
  readonly from: string;
  readonly to: string;
}

export const KNOWN_EVENTS: readonly KnownEvent[] = [
  { en: "the fall of Gaddafi's regime", cues: [['سقوط', 'القذافي'], ['الإطاحة', 'القذافي'], ['مقتل', 'القذافي']], from: '2011-08-20', to: '2011-10-31' },
  { en: 'the attack on the US consulate in Benghazi', cues: [['هجوم', 'قنصلية', 'بنغازي'], ['هجوم', 'القنصلية', 'بنغازي'], ['مقتل', 'ستيفنز']], from: '2012-09-11', to: '2012-09-12' },
  { en: 'the fall of Saddam Hussein', cues: [['سقوط', 'صدام'], ['سقوط', 'بغداد']], from: '2003-04-09', to: '2003-04-09' },
  { en: "Ben Ali's flight from Tunisia", cues: [['هروب', 'بن', 'علي'], ['سقوط', 'بن', 'علي']], from: '2011-01-14', to: '2011-01-14' },
  { en: "Mubarak's resignation", cues: [['تنحي', 'مبارك'], ['سقوط', 'مبارك']], from: '2011-02-11', to: '2011-02-11' },
  { en: "Morsi's removal", cues: [['عزل', 'مرسي']], from: '2013-07-03', to: '2013-07-03' },
  { en: 'the fall of Mosul to ISIS', cues: [['سقوط', 'الموصل']], from: '2014-06-10', to: '2014-06-10' },
  { en: 'the Houthi takeover of Sanaa', cues: [['سيطرة', 'الحوثيين', 'صنعاء'], ['سقوط', 'صنعاء']], from: '2014-09-21', to: '2014-09-21' },
  { en: 'the start of Operation Decisive Storm', cues: [['انطلاق', 'عاصفة', 'الحزم'], ['بدء', 'عاصفة', 'الحزم']], from: '2015-03-26', to: '2015-03-26' },
];

/** Words that make a following date the name of an event (هجمات 11 سبتمبر), not a time. */
export const DATE_NAMED_EVENTS: readonly string[] = ['هجمات', 'أحداث', 'تفجيرات', 'ثورة', 'حرب', 'انتفاضة'];
