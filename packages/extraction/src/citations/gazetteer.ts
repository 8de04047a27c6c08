import type { Issuer } from '../types';

/** ITU conferences by place and year: a revision's place and year say which conference's instrument it is. */
const CONFERENCES: { issuer: Issuer; place: string; years: number[] }[] = [
  { issuer: 'PP', place: 'Kyoto', years: [1994] },
  { issuer: 'PP', place: 'Minneapolis', years: [1998] },
  { issuer: 'PP', place: 'Marrakesh', years: [2002] },
  { issuer: 'PP', place: 'Antalya', years: [2006] },
  { issuer: 'PP', place: 'Guadalajara', years: [2010] },
  { issuer: 'PP', place: 'Busan', years: [2014] },
  { issuer: 'PP', place: 'Dubai', years: [2018] },
  { issuer: 'PP', place: 'Bucharest', years: [2022] },
  { issuer: 'WTSA', place: 'Montreal', years: [2000] },
  { issuer: 'WTSA', place: 'Florianópolis', years: [2004] },
  { issuer: 'WTSA', place: 'Johannesburg', years: [2008] },
  { issuer: 'WTSA', place: 'Dubai', years: [2012] },
  { issuer: 'WTSA', place: 'Hammamet', years: [2016] },
  { issuer: 'WTSA', place: 'Geneva', years: [2022] },
  { issuer: 'WTSA', place: 'New Delhi', years: [2024] },
  { issuer: 'WTDC', place: 'Istanbul', years: [2002] },
  { issuer: 'WTDC', place: 'Doha', years: [2006] },
  { issuer: 'WTDC', place: 'Hyderabad', years: [2010] },
  { issuer: 'WTDC', place: 'Dubai', years: [2014] },
  { issuer: 'WTDC', place: 'Buenos Aires', years: [2017] },
  { issuer: 'WTDC', place: 'Kigali', years: [2022] },
  { issuer: 'RA', place: 'Istanbul', years: [2000] },
  { issuer: 'RA', place: 'Geneva', years: [2003, 2007, 2012, 2015] },
  { issuer: 'RA', place: 'Sharm el-Sheikh', years: [2019] },
  { issuer: 'RA', place: 'Dubai', years: [2023] },
];

/** Place names as the six languages write them, to the English name the contract's labels use. */
const PLACE_NAMES: Record<string, string> = {
  dubai: 'Dubai', dubaï: 'Dubai', dubái: 'Dubai', 'дубай': 'Dubai', '迪拜': 'Dubai', 'دبي': 'Dubai',
  busan: 'Busan', pusan: 'Busan', '釜山': 'Busan', 'пусан': 'Busan', 'бусан': 'Busan', 'بوسان': 'Busan',
  guadalajara: 'Guadalajara', '瓜达拉哈拉': 'Guadalajara', 'гвадалахара': 'Guadalajara', 'غوادالاخارا': 'Guadalajara',
  hammamet: 'Hammamet', '哈马马特': 'Hammamet', 'хаммамет': 'Hammamet', 'الحمامات': 'Hammamet',
  'buenos aires': 'Buenos Aires', '布宜诺斯艾利斯': 'Buenos Aires', 'буэнос-айрес': 'Buenos Aires', 'بوينس آيرس': 'Buenos Aires',
  bucharest: 'Bucharest', bucarest: 'Bucharest', 'bucarest,': 'Bucharest', '布加勒斯特': 'Bucharest', 'бухарест': 'Bucharest', 'بوخارست': 'Bucharest',
  antalya: 'Antalya', '安塔利亚': 'Antalya', 'анталья': 'Antalya',
  marrakesh: 'Marrakesh', marrakech: 'Marrakesh', '马拉喀什': 'Marrakesh', 'марракеш': 'Marrakesh',
  minneapolis: 'Minneapolis', kyoto: 'Kyoto', '京都': 'Kyoto',
  montreal: 'Montreal', montréal: 'Montreal', florianópolis: 'Florianópolis', florianopolis: 'Florianópolis',
  johannesburg: 'Johannesburg', '约翰内斯堡': 'Johannesburg', johannesbourg: 'Johannesburg',
  geneva: 'Geneva', genève: 'Geneva', ginebra: 'Geneva', 'женева': 'Geneva', '日内瓦': 'Geneva', 'جنيف': 'Geneva',
  'new delhi': 'New Delhi', '新德里': 'New Delhi', istanbul: 'Istanbul', 'استانبول': 'Istanbul', doha: 'Doha', '多哈': 'Doha',
  hyderabad: 'Hyderabad', '海得拉巴': 'Hyderabad', kigali: 'Kigali', '基加利': 'Kigali', 'sharm el-sheikh': 'Sharm el-Sheikh',
};

export function englishPlace(name: string): string | null {
  return PLACE_NAMES[name.trim().toLowerCase()] ?? null;
}

/**
 * The conference held at `place` in `year`, or null. Dubai 2012 hosted both WTSA and WCIT: a hint that
 * names the Regulations or WCIT picks WCIT.
 */
export function resolveConference(place: string, year: number, hint = ''): Issuer | null {
  const english = englishPlace(place) ?? place;
  if (english === 'Dubai' && year === 2012 && /WCIT|International Telecommunication Regulations|国际电信规则/i.test(hint)) return 'WCIT';
  return CONFERENCES.find((conference) => conference.place === english && conference.years.includes(year))?.issuer ?? null;
}
