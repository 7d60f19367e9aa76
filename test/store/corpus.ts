// Generated Arabic documents for the ingest tests: short news items built from word lists, so
// every document is distinct and none is copied from a corpus.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const CITIES = ['المدينة', 'الرياض', 'جدة', 'الدمام', 'أبها', 'تبوك', 'حائل', 'نجران', 'جازان', 'الطائف'];
const SUBJECTS = ['وزارة الصحة', 'أمانة المنطقة', 'هيئة الطرق', 'إدارة التعليم', 'الدفاع المدني', 'شركة المياه', 'جامعة المنطقة'];
const ACTS = ['افتتحت', 'أعلنت عن', 'بدأت تنفيذ', 'أطلقت', 'استكملت', 'وقعت عقد'];
const OBJECTS = ['مشروعا لتوسعة الطرق', 'مركزا صحيا جديدا', 'برنامجا لتدريب الشباب', 'حملة للتوعية المرورية', 'محطة لتحلية المياه', 'مدرسة ابتدائية'];
const TAILS = [
  'وأكد المسؤولون أن العمل سينتهي قبل نهاية العام',
  'وقال متحدث إن المشروع يخدم آلاف السكان في الأحياء المجاورة',
  'وأشار البيان إلى أن التكلفة بلغت عدة ملايين من الريالات',
  'ولقي الإعلان ترحيبا واسعا من الأهالي',
];

/** The text of generated document `i` (deterministic). */
export function generatedText(i: number): string {
  const city = CITIES[i % CITIES.length]!;
  const subject = SUBJECTS[(i * 3) % SUBJECTS.length]!;
  const act = ACTS[(i * 5) % ACTS.length]!;
  const object = OBJECTS[(i * 7) % OBJECTS.length]!;
  const tail = TAILS[(i * 11) % TAILS.length]!;
  return (
    `${subject} في ${city} ${act} ${object} رقم ${i + 1}، ${tail}.\n\n` +
    `وذكرت المصادر أن الخطوة رقم ${i * 7 + 3} تأتي ضمن خطة تمتد ${2 + (i % 5)} سنوات في ${city}، ` +
    `وأن ${subject} ستنشر تقريرا عن سير العمل في الأسبوع ${1 + (i % 4)} من الشهر المقبل.`
  );
}

/** Writes `n` generated documents into `dir` (half .txt, half .html in sub-folders). */
export function writeGeneratedFolder(dir: string, n: number): void {
  for (let i = 0; i < n; i++) {
    const sub = join(dir, `part-${i % 4}`);
    mkdirSync(sub, { recursive: true });
    const text = generatedText(i);
    if (i % 2 === 0) writeFileSync(join(sub, `doc-${i}.txt`), text);
    else {
      const paras = text.split('\n\n').map((p) => `<p>${p}</p>`).join('');
      writeFileSync(
        join(sub, `doc-${i}.html`),
        `<!doctype html><html lang="ar" dir="rtl"><head><meta charset="utf-8"><title>خبر ${i + 1}</title></head><body><article><h1>خبر ${i + 1}</h1>${paras}</article></body></html>`,
      );
    }
  }
}
