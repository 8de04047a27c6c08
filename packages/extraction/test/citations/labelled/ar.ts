import { PP_FINAL_ACTS, type LabelledCase } from './case';

/**
 * Arabic: sentences written for the tests. Arabic joins the article and prepositions to the word
 * (للقرار, بالقرار, والقرارات); a citation's span starts where that word starts.
 */
export const ar: LabelledCase[] = [
  { language: 'ar', text: 'يذكّر المؤتمر بالقرار 102 (المراجَع في دبي، 2018) بشأن دور الإدارات.', expected: [
    { text: 'بالقرار 102 (المراجَع في دبي، 2018)', resolution: 'PP-RES-102', revision: 'Rev. Dubai, 2018' }] },
  { language: 'ar', text: 'القرار 131 (المراجَع في بوسان، 2014) والقرار 101 (المراجَع في بوخارست، 2022) ساريان.', expected: [
    { text: 'القرار 131 (المراجَع في بوسان، 2014)', resolution: 'PP-RES-131', revision: 'Rev. Busan, 2014' },
    { text: 'والقرار 101 (المراجَع في بوخارست، 2022)', resolution: 'PP-RES-101', revision: 'Rev. Bucharest, 2022' }] },
  { language: 'ar', text: 'سبق أن اعتُمد القرار 2 (المراجَع في أنطاليا، 2006).', expected: [
    { text: 'القرار 2 (المراجَع في أنطاليا، 2006)', resolution: 'PP-RES-2', revision: 'Rev. Antalya, 2006' }] },
  { language: 'ar', text: 'ينص القرار 133 (المراجع في غوادالاخارا، 2010) على أسماء الميادين.', expected: [
    { text: 'القرار 133 (المراجع في غوادالاخارا، 2010)', resolution: 'PP-RES-133', revision: 'Rev. Guadalajara, 2010' }] },
  { language: 'ar', text: 'يتناول القرار 64 (المراجَع في جنيف، 2022) توزيع العناوين.', expected: [
    { text: 'القرار 64 (المراجَع في جنيف، 2022)', resolution: 'WTSA-RES-64', revision: 'Rev. Geneva, 2022' }] },
  { language: 'ar', text: 'يطبق المكتب القرار 37 (المراجَع في كيغالي، 2022) والقرار 34 (المراجَع في بوينس آيرس، 2017).', expected: [
    { text: 'القرار 37 (المراجَع في كيغالي، 2022)', resolution: 'WTDC-RES-37', revision: 'Rev. Kigali, 2022' },
    { text: 'والقرار 34 (المراجَع في بوينس آيرس، 2017)', resolution: 'WTDC-RES-34', revision: 'Rev. Buenos Aires, 2017' }] },
  { language: 'ar', text: 'يتعلق القرار 9 (المراجَع في شرم الشيخ، 2019) بإدارة الطيف.', expected: [
    { text: 'القرار 9 (المراجَع في شرم الشيخ، 2019)', resolution: 'RA-RES-9', revision: 'Rev. Sharm el-Sheikh, 2019' }] },
  { language: 'ar', text: 'القرار 69 (المراجَع في الحمامات، 2016) للجمعية العالمية لتقييس الاتصالات', expected: [
    { text: 'القرار 69 (المراجَع في الحمامات، 2016)', resolution: 'WTSA-RES-69', revision: 'Rev. Hammamet, 2016' }] },
  { language: 'ar', text: 'القرار 30 (المراجَع في دبي، 2014) للمؤتمر العالمي لتنمية الاتصالات', expected: [
    { text: 'القرار 30 (المراجَع في دبي، 2014)', resolution: 'WTDC-RES-30', revision: 'Rev. Dubai, 2014' }] },
  // Lists: و joins the next number (و102), a revision applies to its own group.
  { language: 'ar', text: 'تظل القرارات 101 و102 و133 (المراجَع في دبي، 2018) سارية.', expected: [
    { text: 'القرارات 101', resolution: 'PP-RES-101', revision: 'Rev. Dubai, 2018' },
    { text: '102', resolution: 'PP-RES-102', revision: 'Rev. Dubai, 2018' },
    { text: '133 (المراجَع في دبي، 2018)', resolution: 'PP-RES-133', revision: 'Rev. Dubai, 2018' }] },
  { language: 'ar', text: 'انظر القرارين 47 و48 (المراجَع في دبي، 2012) والقرارات 49 و50 و52 (المراجَع في الحمامات، 2016).', expected: [
    { text: 'القرارين 47', resolution: 'WTSA-RES-47', revision: 'Rev. Dubai, 2012' },
    { text: '48 (المراجَع في دبي، 2012)', resolution: 'WTSA-RES-48', revision: 'Rev. Dubai, 2012' },
    { text: 'والقرارات 49', resolution: 'WTSA-RES-49', revision: 'Rev. Hammamet, 2016' },
    { text: '50', resolution: 'WTSA-RES-50', revision: 'Rev. Hammamet, 2016' },
    { text: '52 (المراجَع في الحمامات، 2016)', resolution: 'WTSA-RES-52', revision: 'Rev. Hammamet, 2016' }] },
  { language: 'ar', text: 'تشير القرارات 101 و102 و133 لمؤتمر المندوبين المفوضين إلى ذلك.', expected: [
    { text: 'القرارات 101', resolution: 'PP-RES-101', revision: null },
    { text: '102', resolution: 'PP-RES-102', revision: null },
    { text: '133', resolution: 'PP-RES-133', revision: null }] },
  // Issuers.
  { language: 'ar', text: 'يحدد قرار المجلس 1305 قضايا السياسات العامة.', expected: [
    { text: 'قرار المجلس 1305', resolution: 'C-RES-1305', revision: null }] },
  { language: 'ar', text: 'يحدد المقرر 482 الصادر عن المجلس رسوم المعالجة.', expected: [
    { text: 'المقرر 482', resolution: 'C-DEC-482', revision: null }] },
  { language: 'ar', text: 'أنشأ القرار 1336 (المعدَّل في 2019) فريق العمل.', expected: [
    { text: 'القرار 1336 (المعدَّل في 2019)', resolution: 'C-RES-1336', revision: 'Mod. 2019' }] },
  { language: 'ar', text: 'يدعو القرار 75 للجمعية العالمية لتقييس الاتصالات إلى المساهمة.', expected: [
    { text: 'القرار 75', resolution: 'WTSA-RES-75', revision: null }] },
  { language: 'ar', text: 'حدد القرار 71 لمؤتمر المندوبين المفوضين لعام 2010 الخطة الاستراتيجية.', expected: [
    { text: 'القرار 71', resolution: 'PP-RES-71', revision: 'Guadalajara, 2010' }] },
  { language: 'ar', text: 'اعتُمد المقرر 5 (المراجَع في دبي، 2018) والتوصية 7 (المراجَع في دبي، 2018).', expected: [
    { text: 'المقرر 5 (المراجَع في دبي، 2018)', resolution: 'PP-DEC-5', revision: 'Rev. Dubai, 2018' },
    { text: 'والتوصية 7 (المراجَع في دبي، 2018)', resolution: 'PP-REC-7', revision: 'Rev. Dubai, 2018' }] },
  // A prefixed preposition, a number word, Arabic-Indic digits and a no-break space: spans stay exact.
  { language: 'ar', text: 'وفقاً للقرار 140 (المراجَع في دبي، 2018) وللقرار رقم 1305', expected: [
    { text: 'للقرار 140 (المراجَع في دبي، 2018)', resolution: 'PP-RES-140', revision: 'Rev. Dubai, 2018' },
    { text: 'وللقرار رقم 1305', resolution: 'C-RES-1305', revision: null }] },
  { language: 'ar', text: 'استشهد المندوبون بالقرار ١٠٢ (المراجَع في دبي، ٢٠١٨) مرتين.', expected: [
    { text: 'بالقرار ١٠٢ (المراجَع في دبي، ٢٠١٨)', resolution: 'PP-RES-102', revision: 'Rev. Dubai, 2018' }] },
  { language: 'ar', text: 'أشار الوفد إلى القرار\u00A0133 (المراجَع في دبي،\u00A02018).', expected: [
    { text: 'القرار\u00A0133 (المراجَع في دبي،\u00A02018)', resolution: 'PP-RES-133', revision: 'Rev. Dubai, 2018' }] },
  { language: 'ar', text: 'يكلف القرار 12 الصادر عن هذا المؤتمر الأمين العام.', context: PP_FINAL_ACTS, expected: [
    { text: 'القرار 12', resolution: 'PP-RES-12', revision: null }] },
  { language: 'ar', text: 'أشار أحد المندوبين إلى القرار 12 دون ذكر الجهة التي اعتمدته.', expected: [
    { text: 'القرار 12', resolution: null, revision: null }] },
  { language: 'ar', text: 'القرارات 1305 و1336 و1344 الصادرة عن المجلس والقرار 1 (WTDC-17) مذكورة.', expected: [
    { text: 'القرارات 1305', resolution: 'C-RES-1305', revision: null },
    { text: '1336', resolution: 'C-RES-1336', revision: null },
    { text: '1344', resolution: 'C-RES-1344', revision: null },
    { text: 'والقرار 1 (WTDC-17)', resolution: 'WTDC-RES-1', revision: 'Buenos Aires, 2017' }] },
  { language: 'ar', text: 'ذُكر القرار 1325 (2000) الصادر عن مجلس الأمن.', expected: [
    { text: 'القرار 1325 (2000)', resolution: null, revision: '2000' }] },
  // Hard negatives.
  { language: 'ar', text: 'حضر 102 مشاركاً الاجتماع السادس عشر في 2018.', expected: [] },
  { language: 'ar', text: 'انظر الفقرة 2.5.1 والوثيقة C22/45.', expected: [] },
  { language: 'ar', text: 'دقة الشاشة 1920×1080 ومعيار ISO 9001.', expected: [] },
  { language: 'ar', text: 'حافظ البلد على الاستقرار 5 سنوات، وتم إقرار 3 بنود.', expected: [] },
  { language: 'ar', text: 'ذُكر القرار 70/1 للجمعية العامة للأمم المتحدة.', expected: [] },
  { language: 'ar', text: 'القرار 2018/24 للمجلس الاقتصادي والاجتماعي لا يخص الاتحاد.', expected: [] },
];
