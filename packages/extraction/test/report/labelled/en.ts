import type { LabelledReport } from './case';

export const en: LabelledReport[] = [
  {
    language: 'en', about: 'ordinal words sharing one noun, dates paired in order',
    text: 'Report of the Chair of CWG-COP\n\n1. The fifteenth and sixteenth meetings of CWG-COP were held on 26 September 2019 and on 4 February 2020.',
    meetings: [{ id: 'CWG-COP-15', dates: ['2019-09-26', '2019-09-26'] }, { id: 'CWG-COP-16', dates: ['2020-02-04', '2020-02-04'] }],
  },
  {
    language: 'en', about: 'a virtual meeting with a day range and "approximately"',
    text: 'Report of the Council Working Group on Languages (CWG-LANG)\n\n1. The 9th meeting of CWG-LANG was held virtually on 14-15 October 2020. Approximately 100 participants attended.',
    meetings: [{ id: 'CWG-LANG-9', dates: ['2020-10-14', '2020-10-15'], format: 'VIRTUAL', participants: { value: 100, atLeast: false } }],
  },
  {
    language: 'en', about: 'a range across months, hybrid, registered participants and contributions',
    text: 'CWG-WSIS&SDG\n\n2. The 38th meeting of CWG-WSIS&SDG took place physically and remotely from 31 January to 1 February 2023, with over 150 registered participants. The meeting received 12 contributions.',
    meetings: [{ id: 'CWG-WSIS&SDG-38', dates: ['2023-01-31', '2023-02-01'], format: 'HYBRID', registered: { value: 150, atLeast: true }, contributions: 12 }],
  },
  {
    language: 'en', about: 'an open consultation meeting held online, and a glued date',
    text: 'CWG-Internet\n\n3. The 10th open consultation meeting of CWG-Internet was held online on3 March 2021in Geneva.',
    meetings: [{ id: 'CWG-INTERNET-OC-10', dates: ['2021-03-03', '2021-03-03'], format: 'VIRTUAL' }],
  },
  {
    language: 'en', about: 'counts of meetings and of countries are not meetings or participants',
    text: 'EG-ITR\n\n4. Three meetings were held in 2021, and 150 countries have ratified the Regulations since 1 January 2012.',
    meetings: [],
  },
  {
    language: 'en', about: 'participants in the sentence after the meeting, in person',
    text: 'CWG-FHR\n\n5. The 14th meeting of CWG-FHR was held in person on 9 June 2022 in Geneva. Some 45 delegates attended.',
    meetings: [{ id: 'CWG-FHR-14', dates: ['2022-06-09', '2022-06-09'], format: 'PHYSICAL', participants: { value: 45, atLeast: false } }],
  },
  {
    language: 'en', about: 'a "Nth meeting" heading, and the paragraphs under it',
    text: 'Report of the Chair of CWG-Internet\n\n17th meeting\n\nThe group met on 3 May 2021 in Geneva. About 90 participants attended.\n\nIt agreed to hold an open consultation.',
    meetings: [{ id: 'CWG-INTERNET-17', dates: ['2021-05-03', '2021-05-03'], participants: { value: 90, atLeast: false } }],
  },
  {
    language: 'en', about: 'a decision to hold a consultation, its deadline, and its results with responses by category',
    text: 'CWG-Internet\n\n1. The group decided to hold an open consultation on “Expanding Internet connectivity” opening on 1 October 2021. The deadline for responses is 3 December 2021.\n\n2. The group discussed the results of the open consultation on “Expanding Internet connectivity”. The consultation received 25 responses: 10 from governments, 8 from the private sector and 7 from civil society.',
    meetings: [],
    consultations: [{ id: 'CWG-INTERNET-CONS-2021-10', topic: 'Expanding Internet connectivity', opens: '2021-10-01', closes: '2021-12-03', responses: '25 GOVERNMENT:10 PRIVATE_SECTOR:8 CIVIL_SOCIETY:7' }],
  },
  {
    language: 'en', about: 'consultations mentioned, none held',
    text: 'CWG-COP\n\n6. Members recalled the value of open consultations with all stakeholders.',
    meetings: [],
    consultations: [],
  },
  {
    language: 'en', about: 'meetings known from document symbols, whose dates are the documents\'',
    text: 'CWG-Internet\n\n7. The Secretariat presented Document CWG-Internet 10/9 of 3 May 2019 and the earlier WG-Internet 8/4.',
    meetings: [{ id: 'CWG-INTERNET-10' }, { id: 'CWG-INTERNET-8' }],
  },
  {
    language: 'en', about: 'actions agreed at a meeting, with a recipient that is not an assignee',
    text: 'CWG-Internet\n\n2. At its 17th meeting the group agreed on the following actions:\n2.1 The Secretariat will prepare a summary of the responses.\n2.2 The Directors of the Bureaux will report to the Council.',
    meetings: [{ id: 'CWG-INTERNET-17' }],
    actions: [{ id: 'CWG-INTERNET-17/2.1', assignees: ['SECRETARIAT'] }, { id: 'CWG-INTERNET-17/2.2', assignees: ['BUREAU_DIRECTORS'] }],
  },
  {
    language: 'en', about: 'a consultation page: the topic set apart, the deadline in a paragraph of its own',
    text: 'CWG-Internet Open Consultation\n\nThe Council Working Group CWG-Internet decided at its 15th meeting to hold an open consultation on the following topic:\n\n“Expanding Internet connectivity in developing countries”\n\nThe deadline for responses is 3 September 2021.',
    meetings: [{ id: 'CWG-INTERNET-15' }],
    consultations: [{ id: 'CWG-INTERNET-CONS-UNDATED-1', topic: 'Expanding Internet connectivity in developing countries', closes: '2021-09-03' }],
  },
  {
    language: 'en', about: 'groups named by their full names only',
    text: 'Report of the Council Working Group on Financial and Human Resources\n\n8. The 16th meeting of the Council Working Group on Financial and Human Resources was held on 2 February 2023, and the 9th meeting of the Expert Group on the International Telecommunication Regulations on 5 February 2023.',
    meetings: [{ id: 'CWG-FHR-16', dates: ['2023-02-02', '2023-02-02'] }, { id: 'EG-ITR-9', dates: ['2023-02-05', '2023-02-05'] }],
  },
];
