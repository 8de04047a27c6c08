import type { Issuer } from '../types';
import { fold, stripMarks } from './fold';

/**
 * ITU conferences by place and year: a revision's place and year say which conference's instrument it
 * is. `acronyms` are the short names citations use instead (`WTSA-20` met in Geneva in 2022).
 */
interface Conference { issuer: Issuer; place: string; year: number; acronyms: string[] }

const CONFERENCES: Conference[] = [
  { issuer: 'PP', place: 'Kyoto', year: 1994, acronyms: ['PP-94'] },
  { issuer: 'PP', place: 'Minneapolis', year: 1998, acronyms: ['PP-98'] },
  { issuer: 'PP', place: 'Marrakesh', year: 2002, acronyms: ['PP-02'] },
  { issuer: 'PP', place: 'Antalya', year: 2006, acronyms: ['PP-06'] },
  { issuer: 'PP', place: 'Guadalajara', year: 2010, acronyms: ['PP-10'] },
  { issuer: 'PP', place: 'Busan', year: 2014, acronyms: ['PP-14'] },
  { issuer: 'PP', place: 'Dubai', year: 2018, acronyms: ['PP-18'] },
  { issuer: 'PP', place: 'Bucharest', year: 2022, acronyms: ['PP-22'] },
  { issuer: 'WTSA', place: 'Montreal', year: 2000, acronyms: ['WTSA-2000', 'WTSA-00'] },
  { issuer: 'WTSA', place: 'Florianópolis', year: 2004, acronyms: ['WTSA-04'] },
  { issuer: 'WTSA', place: 'Johannesburg', year: 2008, acronyms: ['WTSA-08'] },
  { issuer: 'WTSA', place: 'Dubai', year: 2012, acronyms: ['WTSA-12'] },
  { issuer: 'WTSA', place: 'Hammamet', year: 2016, acronyms: ['WTSA-16'] },
  { issuer: 'WTSA', place: 'Geneva', year: 2022, acronyms: ['WTSA-20', 'WTSA-22'] },
  { issuer: 'WTSA', place: 'New Delhi', year: 2024, acronyms: ['WTSA-24'] },
  { issuer: 'WTDC', place: 'Buenos Aires', year: 1994, acronyms: ['WTDC-94'] },
  { issuer: 'WTDC', place: 'Valletta', year: 1998, acronyms: ['WTDC-98'] },
  { issuer: 'WTDC', place: 'Istanbul', year: 2002, acronyms: ['WTDC-02'] },
  { issuer: 'WTDC', place: 'Doha', year: 2006, acronyms: ['WTDC-06'] },
  { issuer: 'WTDC', place: 'Hyderabad', year: 2010, acronyms: ['WTDC-10'] },
  { issuer: 'WTDC', place: 'Dubai', year: 2014, acronyms: ['WTDC-14'] },
  { issuer: 'WTDC', place: 'Buenos Aires', year: 2017, acronyms: ['WTDC-17'] },
  { issuer: 'WTDC', place: 'Kigali', year: 2022, acronyms: ['WTDC-21', 'WTDC-22'] },
  { issuer: 'RA', place: 'Istanbul', year: 2000, acronyms: ['RA-2000', 'RA-00'] },
  { issuer: 'RA', place: 'Geneva', year: 2003, acronyms: ['RA-03'] },
  { issuer: 'RA', place: 'Geneva', year: 2007, acronyms: ['RA-07'] },
  { issuer: 'RA', place: 'Geneva', year: 2012, acronyms: ['RA-12'] },
  { issuer: 'RA', place: 'Geneva', year: 2015, acronyms: ['RA-15'] },
  { issuer: 'RA', place: 'Sharm el-Sheikh', year: 2019, acronyms: ['RA-19'] },
  { issuer: 'RA', place: 'Dubai', year: 2023, acronyms: ['RA-23'] },
  { issuer: 'WCIT', place: 'Dubai', year: 2012, acronyms: ['WCIT-12'] },
];

/** Place names as the six languages write them, under the English name the contract's labels use. */
const PLACE_ALIASES: Record<string, string[]> = {
  Dubai: ['dubai', 'dubaï', 'dubái', 'дубай', '迪拜', 'دبي'],
  Busan: ['busan', 'pusan', 'busán', 'пусан', 'бусан', '釜山', 'بوسان'],
  Guadalajara: ['guadalajara', 'гвадалахара', '瓜达拉哈拉', 'غوادالاخارا', 'غوادالاهارا'],
  Hammamet: ['hammamet', 'хаммамет', '哈马马特', 'الحمامات', 'حمامات'],
  'Buenos Aires': ['buenos aires', 'буэнос-айрес', '布宜诺斯艾利斯', 'بوينس آيرس', 'بوينس ايرس'],
  Bucharest: ['bucharest', 'bucarest', 'bucareste', 'bukarest', 'бухарест', '布加勒斯特', 'بوخارست'],
  Antalya: ['antalya', 'анталья', 'анталия', '安塔利亚', 'أنطاليا', 'انطاليا'],
  Marrakesh: ['marrakesh', 'marrakech', 'marrakesch', 'марракеш', '马拉喀什', 'مراكش'],
  Minneapolis: ['minneapolis', 'миннеаполис', '明尼阿波利斯', 'مينيابوليس'],
  Kyoto: ['kyoto', 'kioto', 'киото', '京都', 'كيوتو'],
  Montreal: ['montreal', 'montréal', 'монреаль', '蒙特利尔', 'مونتريال'],
  'Florianópolis': ['florianópolis', 'флорианополис', '弗洛里亚诺波利斯', 'فلوريانوبوليس'],
  Johannesburg: ['johannesburg', 'johannesbourg', 'johannesburgo', 'йоханнесбург', '约翰内斯堡', 'جوهانسبرغ', 'جوهانسبورغ'],
  Geneva: ['geneva', 'genève', 'ginebra', 'genf', 'женева', '日内瓦', 'جنيف'],
  'New Delhi': ['new delhi', 'nueva delhi', 'нью-дели', '新德里', 'نيودلهي', 'نيو دلهي'],
  Istanbul: ['istanbul', 'estambul', 'стамбул', '伊斯坦布尔', 'اسطنبول', 'إسطنبول', 'استانبول'],
  Doha: ['doha', 'доха', '多哈', 'الدوحة'],
  Hyderabad: ['hyderabad', 'haiderabad', 'хайдарабад', '海得拉巴', 'حيدر آباد', 'حيدرآباد'],
  Kigali: ['kigali', 'кигали', '基加利', 'كيغالي', 'كيجالي'],
  'Sharm el-Sheikh': ['sharm el-sheikh', 'charm el-cheikh', 'sharm el-sheij', 'шарм-эль-шейх', '沙姆沙伊赫', 'شرم الشيخ'],
  Valletta: ['valletta', 'la valette', 'la valeta', 'валлетта', '瓦莱塔', 'فاليتا'],
};

/** Hyphens and spaces are interchangeable in place names (`Sharm el Sheikh`, `Буэнос Айрес`). */
function placeKey(name: string): string {
  return fold(name).replace(/[-‐‑–]/gu, ' ').replace(/\s+/gu, ' ').trim();
}

const ENGLISH_BY_KEY = new Map<string, string>();
for (const [english, aliases] of Object.entries(PLACE_ALIASES)) {
  ENGLISH_BY_KEY.set(placeKey(english), english);
  for (const alias of aliases) ENGLISH_BY_KEY.set(placeKey(alias), english);
}
/** Longest first, so that a longer name is never read as a shorter one inside it. */
const KEYS_LONGEST_FIRST = [...ENGLISH_BY_KEY.keys()].sort((a, b) => b.length - a.length);

/** The English name of a place written in any of the six languages, or null. */
export function englishPlace(name: string): string | null {
  return ENGLISH_BY_KEY.get(placeKey(name)) ?? null;
}

/**
 * The first known place named anywhere in `text` (`Rev. Dubái, 2018`, `2018年，迪拜，修订版`), as its
 * English name. Latin and Cyrillic names must stand as whole words; Han and Arabic ones are matched inside.
 */
export function placeIn(text: string): string | null {
  const key = placeKey(text);
  for (const candidate of KEYS_LONGEST_FIRST) {
    const at = key.indexOf(candidate);
    if (at < 0) continue;
    const wordLike = /^[\p{Script=Latin}\p{Script=Cyrillic}]/u.test(candidate);
    if (wordLike && (/[\p{L}\p{N}]/u.test(key.charAt(at - 1)) || /[\p{L}\p{N}]/u.test(key.charAt(at + candidate.length)))) continue;
    return ENGLISH_BY_KEY.get(candidate) ?? null;
  }
  return null;
}

/**
 * The conference held at `place` in `year`, or null. Dubai 2012 hosted both WTSA and WCIT: a hint that
 * names WCIT or the International Telecommunication Regulations picks WCIT, otherwise WTSA.
 */
export function resolveConference(place: string, year: number, hint = ''): Issuer | null {
  const english = englishPlace(place) ?? place;
  const held = CONFERENCES.filter((conference) => conference.place === english && conference.year === year);
  if (held.length > 1 && namesWcit(hint)) return 'WCIT';
  return held[0]?.issuer ?? null;
}

/** Where `issuer` met in `year` (`PP`, 2010 → Guadalajara), or null. */
export function placeOf(issuer: Issuer, year: number): string | null {
  return CONFERENCES.find((conference) => conference.issuer === issuer && conference.year === year)?.place ?? null;
}

/** Acronyms of the six languages for the same bodies: AMNT is WTSA in French and Spanish, ВАСЭ in Russian. */
const LOCAL_ACRONYMS: Record<string, string> = {
  pp: 'PP', пк: 'PP', wtsa: 'WTSA', amnt: 'WTSA', васэ: 'WTSA', wtdc: 'WTDC', cmdt: 'WTDC', вкрэ: 'WTDC',
  ra: 'RA', ar: 'RA', ар: 'RA', wcit: 'WCIT', cmti: 'WCIT', вкмэ: 'WCIT',
};

/** The conference an acronym with its year names (`WTSA-16`, `AMNT-16`, `ВАСЭ-16`, `PP-2018`), or null. */
export function conferenceOfAcronym(acronym: string, yearDigits: string): { issuer: Issuer; place: string; year: number } | null {
  const issuer = LOCAL_ACRONYMS[fold(acronym)];
  if (!issuer) return null;
  const short = yearDigits.length === 4 ? yearDigits.slice(2) : yearDigits;
  const conference = CONFERENCES.find((candidate) =>
    candidate.issuer === issuer && candidate.acronyms.some((name) => name === `${issuer}-${short}` || name === `${issuer}-${yearDigits}`));
  return conference ? { issuer: conference.issuer, place: conference.place, year: conference.year } : null;
}

/** `2012` read from the two digits of `WTSA-12`, `C19`: 50 and above are 19xx. */
export function fullYear(digits: string): number {
  const value = Number(digits);
  if (digits.length === 4) return value;
  return value >= 50 ? 1900 + value : 2000 + value;
}

const WCIT_WORDS = new RegExp(
  [
    '\\bwcit\\b', 'world conference on international telecommunications', 'international telecommunication regulations', '\\bitrs\\b',
    'conference mondiale des telecommunications internationales', 'reglement des telecommunications internationales',
    'conferencia mundial de telecomunicaciones internacionales', 'reglamento de las telecomunicaciones internacionales',
    'всемирн\\S* конференци\\S* по международной электросвязи', 'регламент\\S* международной электросвязи', 'вкмэ',
    '国际电信世界大会', '国际电信规则', 'المؤتمر العالمي للاتصالات الدولية', 'لوائح الاتصالات الدولية',
  ].map(stripMarks).join('|'),
  'u',
);

/** Whether `text` speaks of WCIT or of the Regulations it revised. */
export function namesWcit(text: string): boolean {
  return WCIT_WORDS.test(fold(text));
}
