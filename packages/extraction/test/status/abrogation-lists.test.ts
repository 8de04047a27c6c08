import { describe, expect, it } from 'vitest';
import { findAbrogationLists, splitParagraphs } from '../../src';

const listed = (text: string) => findAbrogationLists(text, splitParagraphs(text, 'txt')).map((fact) => `${fact.resolution} ${fact.kind}`);

describe('lists of abrogated instruments', () => {
  it('reads each entry under the heading, as a list or glued into one paragraph, up to the next part', () => {
    expect(listed([
      'PART IV – LIST OF RESOLUTIONS ABROGATED BY THE PLENIPOTENTIARY CONFERENCE (BUCHAREST, 2022)',
      'RESOLUTION 14 (REV. DUBAI, 2018)', 'Recognition of rights', 'RESOLUTION 150 (BUSAN, 2014)', 'Approval of the accounts',
      'PART V – RECOMMENDATIONS', 'RECOMMENDATION 7 (DUBAI, 2018)',
    ].join('\n'))).toEqual(['PP-RES-14 ABROGATED', 'PP-RES-150 ABROGATED']);
    expect(listed('fellowships. 18 PART II - DECISION ABROGATED BY THE PLENIPOTENTIARY CONFERENCE (KYOTO, 1994) DECISION 4 (NICE, 1989) Monitoring PART III - RESOLUTIONS RESOLUTION 2 (REV. KYOTO, 1994)'))
      .toEqual(['PP-DEC-4 ABROGATED']);
  });

  it('names the body the heading names, in each language', () => {
    expect(listed('Resolutions abrogated by the Council\nResolution 1344 (modified 2019)\nResolution 1305 (2009)')).toEqual(['C-RES-1344 ABROGATED', 'C-RES-1305 ABROGATED']);
    expect(listed('LISTE DES RÉSOLUTIONS ABROGÉES PAR LA CONFÉRENCE DE PLÉNIPOTENTIAIRES (DUBAÏ, 2018)\nRÉSOLUTION 36 (RÉV. GUADALAJARA, 2010)')).toEqual(['PP-RES-36 ABROGATED']);
    expect(listed('RESOLUCIONES SUPRIMIDAS POR LA CONFERENCIA DE PLENIPOTENCIARIOS (DUBÁI, 2018)\nRESOLUCIÓN 72 (REV. BUSÁN, 2014)')).toEqual(['PP-RES-72 ABROGATED']);
    expect(listed('РЕЗОЛЮЦИИ, ОТМЕНЕННЫЕ ПОЛНОМОЧНОЙ КОНФЕРЕНЦИЕЙ (ДУБАЙ, 2018 Г.)\nРЕЗОЛЮЦИЯ 89 (МИННЕАПОЛИС, 1998 Г.)')).toEqual(['PP-RES-89 ABROGATED']);
    expect(listed('全权代表大会（2018年，迪拜）废止的决议\n第128号决议（2006年，安塔利亚，修订版）\n第166号决议')).toEqual(['PP-RES-128 ABROGATED', 'PP-RES-166 ABROGATED']);
    expect(listed('القرارات التي ألغاها مؤتمر المندوبين المفوضين (دبي، 2018)\nالقرار 185 (بوسان، 2014)')).toEqual(['PP-RES-185 ABROGATED']);
    expect(listed('Decisions abrogated by the World Telecommunication Standardization Assembly\nDecision 3')).toEqual(['WTSA-DEC-3 ABROGATED']);
  });

  it('gives nothing for prose about abrogation, a heading naming no body, or entries of another kind', () => {
    expect(listed('The Council abrogated Resolution 1344 in 2019.')).toEqual([]);
    expect(listed('RESOLUTIONS ABROGATED\nRESOLUTION 14')).toEqual([]);
    expect(listed('DECISIONS ABROGATED BY THE COUNCIL\nRESOLUTION 1305 (2009)')).toEqual([]);
  });

  it('quotes each entry with its offsets into the text', () => {
    const text = 'LIST OF RESOLUTIONS ABROGATED BY THE COUNCIL\nRESOLUTION 1344 (MODIFIED 2019)\n';
    const [fact] = findAbrogationLists(text, splitParagraphs(text, 'txt'));
    expect(fact!.source.quote).toBe('RESOLUTION 1344 (MODIFIED 2019)');
    expect(text.slice(fact!.source.start, fact!.source.end)).toBe(fact!.source.quote);
  });
});
