import { describe, expect, it } from 'vitest';
import { detectLanguage } from '../../src/text';

// Short samples written for this test, one or two sentences each.
const SAMPLES = {
  zh: '工作组讨论了公开磋商的结果。',
  ar: 'ناقش الفريق نتائج المشاورة المفتوحة.',
  ru: 'Группа обсудила итоги открытой консультации.',
  en: 'The group discussed the results of the open consultation.',
  fr: 'Le groupe a examiné les résultats de la consultation ouverte.',
  es: 'El grupo examinó los resultados de la consulta abierta.',
} as const;

describe('detectLanguage', () => {
  for (const [language, sample] of Object.entries(SAMPLES)) {
    it(`recognises ${language}`, () => expect(detectLanguage(sample)).toBe(language));
  }

  it('separates the Latin languages on very short sentences', () => {
    expect(detectLanguage('The meeting was held online.')).toBe('en');
    expect(detectLanguage('La réunion est terminée.')).toBe('fr');
    expect(detectLanguage('¿Cuándo es la reunión?')).toBe('es');
    expect(detectLanguage("L'Union a adopté le rapport.")).toBe('fr');
    expect(detectLanguage('Los Estados Miembros y el Consejo.')).toBe('es');
  });

  it('goes by the dominant script when scripts mix', () => {
    expect(detectLanguage('CWG-Internet第十七次会议收到3份文稿。')).toBe('zh');
    expect(detectLanguage('Рабочая группа CWG-Internet провела собрание.')).toBe('ru');
  });

  it('returns null when there is too little to go on', () => {
    expect(detectLanguage('')).toBeNull();
    expect(detectLanguage('2.5.1 — 2022')).toBeNull();
    expect(detectLanguage('CWG')).toBeNull();
    expect(detectLanguage('Internet')).toBeNull(); // a word shared by all: no function word
    expect(detectLanguage('会')).toBeNull();
  });
});
