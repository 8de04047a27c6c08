import { describe, expect, it } from 'vitest';
import { extractReportFacts, splitParagraphs, type LanguageCode } from '../../src';

/** Meetings a report written for the tests describes: id, dates, format, participants. */
function meetings(text: string, language: LanguageCode = 'en') {
  return extractReportFacts(text, splitParagraphs(text, 'txt'), { language }).meetings
    .map((meeting) => ({ id: meeting.id, from: meeting.startDate, to: meeting.endDate, format: meeting.format, participants: meeting.participants?.value ?? null }));
}

describe('the forms other groups write their meetings in', () => {
  it('reads several meetings named by one list of ordinals, in words or figures, each with its date', () => {
    expect(meetings('2.1\tThe fifteenth and sixteenth meetings of CWG-Internet were held on 26 September 2019 and on 4 February 2020.')).toEqual([
      { id: 'CWG-INTERNET-15', from: '2019-09-26', to: '2019-09-26', format: null, participants: null },
      { id: 'CWG-INTERNET-16', from: '2020-02-04', to: '2020-02-04', format: null, participants: null },
    ]);
    expect(meetings('3.1\tThe 3rd, 4th and 5th meetings of CWG-COP were held on 1 March 2020, 2 April 2020 and 3 May 2020.').map((meeting) => `${meeting.id} ${meeting.from}`))
      .toEqual(['CWG-COP-3 2020-03-01', 'CWG-COP-4 2020-04-02', 'CWG-COP-5 2020-05-03']);
    // Counts are not ordinals.
    expect(meetings('1.1\tCWG-FHR launched two open consultations and held three meetings in 2021.')).toEqual([]);
  });

  it('reads a date a conversion glued to the words around it', () => {
    expect(meetings('2.1\tThe 10th meeting of CWG-WSIS&SDG was held on10 October 2016in Geneva.')).toEqual([
      { id: 'CWG-WSIS&SDG-10', from: '2016-10-10', to: '2016-10-10', format: null, participants: null },
    ]);
  });

  it('takes a meeting held both physically and remotely for hybrid, in English and Chinese', () => {
    expect(meetings('2.1\tThe 12th meeting of CWG-LANG was held from 30 September to 1 October 2019, physically and remotely.')[0]!.format).toBe('HYBRID');
    expect(meetings('2.1\tThe 4th meeting of EG-ITR was held in person and online on 2 June 2021.')[0]!.format).toBe('HYBRID');
    expect(meetings('2.1\tThe 5th meeting of CWG-COP was held remotely on 2 June 2021.')[0]!.format).toBe('VIRTUAL');
    expect(meetings('2.1\t理事会儿童在线保护工作组（CWG-COP）第八次会议于2021年6月2日以线上线下相结合的方式举行。', 'zh')[0]!.format).toBe('HYBRID');
  });

  it('reads participants written as an estimate', () => {
    expect(meetings('2.1\tThe 9th meeting of CWG-FHR was held on 3 March 2022 and was attended by over 150 participants.')[0]!.participants).toBe(150);
    expect(meetings('2.1\tThe 6th meeting of CWG-LANG, held on 4 April 2022, gathered approximately 100 participants.')[0]!.participants).toBe(100);
    // In the next sentence, which names no meeting: the meeting the sentence before named.
    expect(meetings('2.1\tThe 8th meeting of CWG-WSIS&SDG was held on 5 May 2021. Approximately 100 participants attended.')[0]!.participants).toBe(100);
    expect(meetings('2.1\tThe 8th and 9th meetings of CWG-WSIS&SDG were held on 5 May 2021 and 6 May 2021. Approximately 100 participants attended.').map((meeting) => meeting.participants)).toEqual([null, null]);
  });
});
