/**
 * Countries as Arabic news names them: the country, its capital (a metonym for its government:
 * `قالت واشنطن`), and the adjective of nationality (`المصري`, `الجزائرية`). Written as in text;
 * matching normalizes. Keyed by ISO 3166-1 alpha-2; GeoNames ids and centroids are in
 * resources/geo/countries.tsv.
 */

/** How Arabic names one country. */
export interface CountryNames {
  /** Names of the country, the usual one first. */
  names: readonly string[];
  /** Names of its capital (used as a metonym for its government). */
  capitals: readonly string[];
  /**
   * The masculine adjective of nationality without `ال` (`مصري`); feminine and plural forms are
   * derived. Left empty where the adjective is a common word (`مالي` is also "financial").
   */
  demonyms: readonly string[];
  /** Arabic name of its government, for the government entity. */
  government: string;
}

/** The countries that Marsad's news names most, by ISO code. */
export const COUNTRY_NAMES: Readonly<Record<string, CountryNames>> = {
  DZ: { names: ['الجزائر'], capitals: ['الجزائر العاصمة'], demonyms: ['جزائري'], government: 'الحكومة الجزائرية' },
  EG: { names: ['مصر', 'جمهورية مصر العربية'], capitals: ['القاهرة'], demonyms: ['مصري'], government: 'الحكومة المصرية' },
  LY: { names: ['ليبيا'], capitals: ['طرابلس'], demonyms: ['ليبي'], government: 'الحكومة الليبية' },
  TN: { names: ['تونس'], capitals: ['تونس العاصمة'], demonyms: ['تونسي'], government: 'الحكومة التونسية' },
  MA: { names: ['المغرب', 'المملكة المغربية'], capitals: ['الرباط'], demonyms: ['مغربي'], government: 'الحكومة المغربية' },
  MR: { names: ['موريتانيا'], capitals: ['نواكشوط'], demonyms: ['موريتاني'], government: 'الحكومة الموريتانية' },
  ML: { names: ['مالي'], capitals: ['باماكو'], demonyms: [], government: 'الحكومة المالية' },
  NE: { names: ['النيجر'], capitals: ['نيامي'], demonyms: ['نيجري'], government: 'حكومة النيجر' },
  TD: { names: ['تشاد'], capitals: ['نجامينا', 'انجامينا'], demonyms: ['تشادي'], government: 'الحكومة التشادية' },
  BF: { names: ['بوركينا فاسو'], capitals: ['واغادوغو'], demonyms: ['بوركيني'], government: 'حكومة بوركينا فاسو' },
  NG: { names: ['نيجيريا'], capitals: ['أبوجا'], demonyms: ['نيجيري'], government: 'الحكومة النيجيرية' },
  SD: { names: ['السودان'], capitals: ['الخرطوم'], demonyms: ['سوداني'], government: 'الحكومة السودانية' },
  SS: { names: ['جنوب السودان'], capitals: ['جوبا'], demonyms: [], government: 'حكومة جنوب السودان' },
  SO: { names: ['الصومال'], capitals: ['مقديشو'], demonyms: ['صومالي'], government: 'الحكومة الصومالية' },
  ET: { names: ['إثيوبيا', 'أثيوبيا'], capitals: ['أديس أبابا'], demonyms: ['إثيوبي'], government: 'الحكومة الإثيوبية' },
  ER: { names: ['إريتريا', 'أريتريا'], capitals: ['أسمرة'], demonyms: ['إريتري'], government: 'الحكومة الإريترية' },
  DJ: { names: ['جيبوتي'], capitals: [], demonyms: [], government: 'حكومة جيبوتي' },
  KE: { names: ['كينيا'], capitals: ['نيروبي'], demonyms: ['كيني'], government: 'الحكومة الكينية' },
  SN: { names: ['السنغال'], capitals: ['داكار'], demonyms: ['سنغالي'], government: 'الحكومة السنغالية' },
  CM: { names: ['الكاميرون'], capitals: ['ياوندي'], demonyms: ['كاميروني'], government: 'الحكومة الكاميرونية' },
  CF: { names: ['أفريقيا الوسطى', 'جمهورية أفريقيا الوسطى'], capitals: ['بانغي'], demonyms: [], government: 'حكومة أفريقيا الوسطى' },
  EH: { names: ['الصحراء الغربية'], capitals: [], demonyms: [], government: 'الصحراء الغربية' },
  SY: { names: ['سوريا', 'سورية'], capitals: ['دمشق'], demonyms: ['سوري'], government: 'الحكومة السورية' },
  IQ: { names: ['العراق'], capitals: ['بغداد'], demonyms: ['عراقي'], government: 'الحكومة العراقية' },
  LB: { names: ['لبنان'], capitals: ['بيروت'], demonyms: ['لبناني'], government: 'الحكومة اللبنانية' },
  JO: { names: ['الأردن'], capitals: ['عمان'], demonyms: ['أردني'], government: 'الحكومة الأردنية' },
  PS: { names: ['فلسطين', 'الأراضي الفلسطينية'], capitals: ['رام الله'], demonyms: ['فلسطيني'], government: 'السلطة الفلسطينية' },
  IL: { names: ['إسرائيل'], capitals: ['تل أبيب'], demonyms: ['إسرائيلي'], government: 'الحكومة الإسرائيلية' },
  SA: { names: ['السعودية', 'المملكة العربية السعودية'], capitals: ['الرياض'], demonyms: ['سعودي'], government: 'الحكومة السعودية' },
  YE: { names: ['اليمن'], capitals: ['صنعاء'], demonyms: ['يمني'], government: 'الحكومة اليمنية' },
  OM: { names: ['سلطنة عمان'], capitals: ['مسقط'], demonyms: ['عماني'], government: 'الحكومة العمانية' },
  AE: { names: ['الإمارات', 'الإمارات العربية المتحدة', 'دولة الإمارات'], capitals: ['أبوظبي', 'أبو ظبي'], demonyms: ['إماراتي'], government: 'حكومة الإمارات' },
  QA: { names: ['قطر'], capitals: ['الدوحة'], demonyms: ['قطري'], government: 'الحكومة القطرية' },
  KW: { names: ['الكويت'], capitals: ['الكويت العاصمة'], demonyms: ['كويتي'], government: 'الحكومة الكويتية' },
  BH: { names: ['البحرين'], capitals: ['المنامة'], demonyms: ['بحريني'], government: 'الحكومة البحرينية' },
  IR: { names: ['إيران'], capitals: ['طهران'], demonyms: ['إيراني'], government: 'الحكومة الإيرانية' },
  TR: { names: ['تركيا'], capitals: ['أنقرة'], demonyms: ['تركي'], government: 'الحكومة التركية' },
  AF: { names: ['أفغانستان'], capitals: ['كابول'], demonyms: ['أفغاني'], government: 'الحكومة الأفغانية' },
  PK: { names: ['باكستان'], capitals: ['إسلام آباد', 'إسلام أباد'], demonyms: ['باكستاني'], government: 'الحكومة الباكستانية' },
  IN: { names: ['الهند'], capitals: ['نيودلهي'], demonyms: ['هندي'], government: 'الحكومة الهندية' },
  CN: { names: ['الصين'], capitals: ['بكين'], demonyms: ['صيني'], government: 'الحكومة الصينية' },
  RU: { names: ['روسيا', 'روسيا الاتحادية'], capitals: ['موسكو'], demonyms: ['روسي'], government: 'الحكومة الروسية' },
  US: { names: ['الولايات المتحدة', 'الولايات المتحدة الأمريكية', 'الولايات المتحدة الأميركية', 'أمريكا', 'أميركا'], capitals: ['واشنطن'], demonyms: ['أمريكي', 'أميركي'], government: 'الحكومة الأمريكية' },
  GB: { names: ['بريطانيا', 'المملكة المتحدة'], capitals: ['لندن'], demonyms: ['بريطاني'], government: 'الحكومة البريطانية' },
  FR: { names: ['فرنسا'], capitals: ['باريس'], demonyms: ['فرنسي'], government: 'الحكومة الفرنسية' },
  DE: { names: ['ألمانيا'], capitals: ['برلين'], demonyms: ['ألماني'], government: 'الحكومة الألمانية' },
  IT: { names: ['إيطاليا'], capitals: ['روما'], demonyms: ['إيطالي'], government: 'الحكومة الإيطالية' },
  ES: { names: ['إسبانيا', 'أسبانيا'], capitals: ['مدريد'], demonyms: ['إسباني'], government: 'الحكومة الإسبانية' },
  BE: { names: ['بلجيكا'], capitals: ['بروكسل'], demonyms: ['بلجيكي'], government: 'الحكومة البلجيكية' },
  NL: { names: ['هولندا'], capitals: ['أمستردام'], demonyms: ['هولندي'], government: 'الحكومة الهولندية' },
  GR: { names: ['اليونان'], capitals: ['أثينا'], demonyms: ['يوناني'], government: 'الحكومة اليونانية' },
  CY: { names: ['قبرص'], capitals: ['نيقوسيا'], demonyms: ['قبرصي'], government: 'الحكومة القبرصية' },
  MT: { names: ['مالطا'], capitals: ['فاليتا'], demonyms: ['مالطي'], government: 'الحكومة المالطية' },
  UA: { names: ['أوكرانيا'], capitals: ['كييف'], demonyms: ['أوكراني'], government: 'الحكومة الأوكرانية' },
  JP: { names: ['اليابان'], capitals: ['طوكيو'], demonyms: ['ياباني'], government: 'الحكومة اليابانية' },
  CA: { names: ['كندا'], capitals: ['أوتاوا'], demonyms: ['كندي'], government: 'الحكومة الكندية' },
  AU: { names: ['أستراليا'], capitals: ['كانبرا'], demonyms: ['أسترالي'], government: 'الحكومة الأسترالية' },
  BD: { names: ['بنغلاديش'], capitals: ['دكا'], demonyms: ['بنغالي'], government: 'حكومة بنغلاديش' },
  ID: { names: ['إندونيسيا'], capitals: ['جاكرتا'], demonyms: ['إندونيسي'], government: 'الحكومة الإندونيسية' },
  MY: { names: ['ماليزيا'], capitals: ['كوالالمبور'], demonyms: ['ماليزي'], government: 'الحكومة الماليزية' },
  AZ: { names: ['أذربيجان'], capitals: ['باكو'], demonyms: ['أذربيجاني'], government: 'حكومة أذربيجان' },
  AM: { names: ['أرمينيا'], capitals: ['يريفان'], demonyms: ['أرميني'], government: 'الحكومة الأرمينية' },
  GE: { names: ['جورجيا'], capitals: ['تبليسي'], demonyms: ['جورجي'], government: 'الحكومة الجورجية' },
  CH: { names: ['سويسرا'], capitals: ['برن'], demonyms: ['سويسري'], government: 'الحكومة السويسرية' },
  SE: { names: ['السويد'], capitals: ['ستوكهولم'], demonyms: ['سويدي'], government: 'الحكومة السويدية' },
  NO: { names: ['النرويج'], capitals: ['أوسلو'], demonyms: ['نرويجي'], government: 'الحكومة النرويجية' },
  DK: { names: ['الدنمارك'], capitals: ['كوبنهاغن'], demonyms: ['دنماركي'], government: 'الحكومة الدنماركية' },
  BR: { names: ['البرازيل'], capitals: ['برازيليا'], demonyms: ['برازيلي'], government: 'الحكومة البرازيلية' },
  KP: { names: ['كوريا الشمالية'], capitals: ['بيونغ يانغ'], demonyms: [], government: 'حكومة كوريا الشمالية' },
  KR: { names: ['كوريا الجنوبية'], capitals: ['سيول'], demonyms: [], government: 'حكومة كوريا الجنوبية' },
  UZ: { names: ['أوزبكستان'], capitals: ['طشقند'], demonyms: ['أوزبكي'], government: 'حكومة أوزبكستان' },
  TJ: { names: ['طاجيكستان'], capitals: ['دوشنبه'], demonyms: ['طاجيكي'], government: 'حكومة طاجيكستان' },
  TM: { names: ['تركمانستان'], capitals: ['عشق آباد'], demonyms: ['تركماني'], government: 'حكومة تركمانستان' },
};

/** Feminine, plural and definite forms of a masculine nationality adjective (`مصري` → `المصرية` …). */
export function demonymForms(masculine: string): string[] {
  const stems = [masculine, `${masculine}ة`, `${masculine}ون`, `${masculine}ين`, `${masculine}ان`, `${masculine}تان`, `${masculine}تين`];
  return [...stems, ...stems.map((s) => `ال${s}`)];
}
