import type { LabelledReport } from './case';

export const ar: LabelledReport[] = [
  {
    language: 'ar', about: 'عدد ترتيبي بعد الاسم، افتراضي، مشاركون مسجلون',
    text: 'تقرير رئيس فريق العمل التابع للمجلس المعني بقضايا السياسات العامة الدولية المتعلقة بالإنترنت (CWG-Internet)\n\n1. عُقد الاجتماع السادس عشر لفريق CWG-Internet في 19-20 يناير 2022 بشكل افتراضي. وشارك فيه أكثر من 150 مشاركاً مسجلاً.',
    meetings: [{ id: 'CWG-INTERNET-16', dates: ['2022-01-19', '2022-01-20'], format: 'VIRTUAL', registered: { value: 150, atLeast: true } }],
  },
  {
    language: 'ar', about: 'اجتماعان بعدد ترتيبي مشترك وتاريخان',
    text: 'CWG-COP\n\n2. عُقد الاجتماعان الخامس عشر والسادس عشر لفريق CWG-COP في 26 سبتمبر 2019 و4 فبراير 2020.',
    meetings: [{ id: 'CWG-COP-15', dates: ['2019-09-26', '2019-09-26'] }, { id: 'CWG-COP-16', dates: ['2020-02-04', '2020-02-04'] }],
  },
  {
    language: 'ar', about: 'اجتماع حضوري ومساهمات',
    text: 'CWG-FHR\n\n3. عُقد الاجتماع الرابع عشر لفريق CWG-FHR بشكل حضوري في 9 يونيو 2022. وتلقى الاجتماع 7 مساهمات.',
    meetings: [{ id: 'CWG-FHR-14', dates: ['2022-06-09', '2022-06-09'], format: 'PHYSICAL', contributions: 7 }],
  },
  {
    language: 'ar', about: 'اجتماع هجين وحوالي N مشارك',
    text: 'CWG-Internet\n\n4. عُقد الاجتماع العشرون لفريق CWG-Internet في 15 يناير 2024 بشكل هجين. وحضره حوالي 120 مشاركاً.',
    meetings: [{ id: 'CWG-INTERNET-20', dates: ['2024-01-15', '2024-01-15'], format: 'HYBRID', participants: { value: 120, atLeast: false } }],
  },
  {
    language: 'ar', about: 'عدد الاجتماعات والبلدان',
    text: 'CWG-LANG\n\n5. عُقدت ثلاثة اجتماعات في عام 2021 وردّ 150 بلداً على الاستبيان.',
    meetings: [],
  },
  {
    language: 'ar', about: 'قرار إجراء مشاورة، الموعد النهائي، النتائج والردود حسب الفئة',
    text: 'CWG-Internet\n\n1. قرر الفريق إجراء مشاورة مفتوحة بشأن «توسيع نطاق التوصيل بالإنترنت» اعتباراً من 1 أكتوبر 2021. والموعد النهائي لتلقي الردود هو 3 ديسمبر 2021.\n\n2. استعرض الفريق نتائج المشاورة المفتوحة بشأن «توسيع نطاق التوصيل بالإنترنت». وورد 25 رداً، منها 10 من الحكومات و8 من القطاع الخاص و7 من المجتمع المدني.',
    meetings: [],
    consultations: [{ id: 'CWG-INTERNET-CONS-2021-10', topic: 'توسيع نطاق التوصيل بالإنترنت', opens: '2021-10-01', closes: '2021-12-03', responses: '25 GOVERNMENT:10 PRIVATE_SECTOR:8 CIVIL_SOCIETY:7' }],
  },
  {
    language: 'ar', about: 'ذكر المشاورات دون إجرائها',
    text: 'CWG-COP\n\n6. أشار الأعضاء إلى قيمة المشاورات المفتوحة مع جميع أصحاب المصلحة.',
    meetings: [],
    consultations: [],
  },
  {
    language: 'ar', about: 'إجراءات متفق عليها في اجتماع، والمجلس جهة متلقية',
    text: 'CWG-Internet\n\n2. وافق الفريق في اجتماعه السابع عشر على الإجراءات التالية:\n2.1 تعد الأمانة ملخصاً للردود.\n2.2 يقدم مديرو المكاتب تقريراً إلى المجلس.',
    meetings: [{ id: 'CWG-INTERNET-17' }],
    actions: [{ id: 'CWG-INTERNET-17/2.1', assignees: ['SECRETARIAT'] }, { id: 'CWG-INTERNET-17/2.2', assignees: ['BUREAU_DIRECTORS'] }],
  },
];
