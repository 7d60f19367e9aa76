import { describe, expect, it } from 'vitest';
import { createResolveStage } from './resolve-stage.js';
import { loadResolveResources } from './resources.js';
import { geocode } from './geocoder.js';
import { recordWithMentions, type MentionSpec } from './test-record.js';

const res = loadResolveResources();
const stage = createResolveStage(res);

function resolve(text: string, specs: MentionSpec[]) {
  return stage.run(recordWithMentions(text, specs), () => undefined).entities!;
}

describe('geocoder', () => {
  it('finds Ghat from the spelling غت, in Libya', () => {
    const best = geocode('غت', res.gazetteer, { countries: new Map([['LY', 2]]) })[0]!;
    expect(best.place.geonamesId).toBe(2217351);
    expect(best.place.lat).toBeCloseTo(24.96, 1);
    expect(best.place.lon).toBeCloseTo(10.18, 1);
  });

  it('settles طرابلس in Libya or in Lebanon from the other places of the article', () => {
    const ly = resolve('وصل الوفد إلى طرابلس قادما من مصراتة في غرب ليبيا.', [['طرابلس', 'LOC'], ['مصراتة', 'LOC']]);
    expect(ly[0]!.geo?.countryCode).toBe('LY');
    const lb = resolve('وصل الوفد إلى طرابلس في شمال لبنان قادما من بيروت.', [['طرابلس', 'LOC'], ['بيروت', 'LOC']]);
    expect(lb[0]!.geo?.countryCode).toBe('LB');
    expect(lb[0]!.geo?.geonamesId).not.toBe(ly[0]!.geo?.geonamesId);
  });

  it('places Saudi regions the news names often, and الجوف in Saudi Arabia or in Yemen by context', () => {
    const asir = resolve('أعلنت إمارة منطقة عسير افتتاح طريق جديد.', [['عسير', 'LOC']]);
    expect(asir[0]!.geo).toMatchObject({ countryCode: 'SA', featureCode: 'ADM1' });
    const ye = resolve('هاجم الحوثيون مواقع في الجوف شمال شرق صنعاء باليمن.', [['الجوف', 'LOC'], ['صنعاء', 'LOC'], ['اليمن', 'LOC']]);
    expect(ye.find((e) => e.mentions[0]?.text === 'الجوف')?.geo?.countryCode).toBe('YE');
    const sa = resolve('هطلت أمطار على الجوف وتبوك شمال السعودية.', [['الجوف', 'LOC'], ['تبوك', 'LOC'], ['السعودية', 'LOC']]);
    expect(sa.find((e) => e.mentions[0]?.text === 'الجوف')?.geo?.countryCode).toBe('SA');
  });

  it('turns a MISC mention into a place only when it names a well-known one', () => {
    const pound = resolve('بلغت قيمة الصفقة عشرة ملايين جنية مصري.', [['جنية', 'MISC']]);
    expect(pound[0]).toMatchObject({ type: 'MISC', geo: null });
    const city = resolve('وصل الوفد إلى القاهرة أمس.', [['القاهرة', 'MISC']]);
    expect(city[0]).toMatchObject({ type: 'LOC' });
  });

  it('places every country, those without a GeoNames centroid at their capital', () => {
    const at = geocode('النمسا', res.gazetteer, { countries: new Map() })[0]!.place;
    expect(at).toMatchObject({ country: 'AT', featureCode: 'PCLI', geonamesId: null });
    expect(at.lat).toBeCloseTo(48.2, 0);
    expect(geocode('الأرجنتين', res.gazetteer, { countries: new Map() })[0]!.place.country).toBe('AR');
  });

  it('reads واشنطن as the US capital, not the largest town of that name', () => {
    expect(geocode('واشنطن', res.gazetteer, { countries: new Map() })[0]!.place.geonamesId).toBe(4140963);
  });

  it('reads الجزائر as the country, and as Algiers after العاصمة', () => {
    const country = resolve('سافر الوزير إلى الجزائر أمس.', [['الجزائر', 'LOC']]);
    expect(country[0]!.geo?.featureCode).toBe('PCLI');
    const city = resolve('وقع الانفجار في العاصمة الجزائر صباح اليوم.', [['الجزائر', 'LOC']]);
    expect(city[0]!.geo?.featureClass).toBe('P');
    expect(city[0]!.geo?.countryCode).toBe('DZ');
  });

  it('leaves a place that only looks like a foreign village on its skeleton without coordinates', () => {
    const out = resolve('اجتمع السكان في قرية زمردانة الصغيرة.', [['زمردانة', 'LOC']]);
    expect(out[0]!.geo).toBeNull();
    expect(out[0]!.kbId).toBeNull();
  });
});
