import { PP_FINAL_ACTS, type LabelledCase } from './case';

/** English: sentences written for the tests. A list's first citation starts at its keyword, the others at their number. */
export const en: LabelledCase[] = [
  // Single citations, each conference's revision naming its issuer.
  { language: 'en', text: 'The Conference recalled Resolution 102 (Rev. Dubai, 2018) on the role of administrations.', expected: [
    { text: 'Resolution 102 (Rev. Dubai, 2018)', resolution: 'PP-RES-102', revision: 'Rev. Dubai, 2018' }] },
  { language: 'en', text: 'Member States apply Resolution 133 (Rev. Guadalajara, 2010) when they register names.', expected: [
    { text: 'Resolution 133 (Rev. Guadalajara, 2010)', resolution: 'PP-RES-133', revision: 'Rev. Guadalajara, 2010' }] },
  { language: 'en', text: 'This work builds on Resolution 200 (Busan, 2014), which set a common agenda.', expected: [
    { text: 'Resolution 200 (Busan, 2014)', resolution: 'PP-RES-200', revision: 'Busan, 2014' }] },
  { language: 'en', text: 'Resolution 69 (Rev. Hammamet, 2016) of the World Telecommunication Standardization Assembly asks for open access.', expected: [
    { text: 'Resolution 69 (Rev. Hammamet, 2016)', resolution: 'WTSA-RES-69', revision: 'Rev. Hammamet, 2016' }] },
  { language: 'en', text: 'The Bureau reported on Resolution 37 (Rev. Buenos Aires, 2017) and its indicators.', expected: [
    { text: 'Resolution 37 (Rev. Buenos Aires, 2017)', resolution: 'WTDC-RES-37', revision: 'Rev. Buenos Aires, 2017' }] },
  { language: 'en', text: 'Resolution 64 (Rev. Geneva, 2022) on address allocation and Resolution 30 (Rev. Kigali, 2022) on the role of the Sector were both cited.', expected: [
    { text: 'Resolution 64 (Rev. Geneva, 2022)', resolution: 'WTSA-RES-64', revision: 'Rev. Geneva, 2022' },
    { text: 'Resolution 30 (Rev. Kigali, 2022)', resolution: 'WTDC-RES-30', revision: 'Rev. Kigali, 2022' }] },
  { language: 'en', text: 'Its working methods are set out in Resolution ITU-R 1-8 (Rev. Sharm el-Sheikh, 2019).', expected: [
    { text: 'Resolution ITU-R 1-8 (Rev. Sharm el-Sheikh, 2019)', resolution: 'RA-RES-1', revision: 'Rev. Sharm el-Sheikh, 2019' }] },
  { language: 'en', text: 'Delegates compared Resolution 9 (Rev. Sharm el-Sheikh, 2019) with Resolution 101 (Rev. Bucharest, 2022).', expected: [
    { text: 'Resolution 9 (Rev. Sharm el-Sheikh, 2019)', resolution: 'RA-RES-9', revision: 'Rev. Sharm el-Sheikh, 2019' },
    { text: 'Resolution 101 (Rev. Bucharest, 2022)', resolution: 'PP-RES-101', revision: 'Rev. Bucharest, 2022' }] },
  { language: 'en', text: 'Earlier versions were Resolution 71 (Rev. Antalya, 2006), Resolution 71 (Rev. Marrakesh, 2002), Resolution 71 (Rev. Minneapolis, 1998) and Resolution 71 (Kyoto, 1994).', expected: [
    { text: 'Resolution 71 (Rev. Antalya, 2006)', resolution: 'PP-RES-71', revision: 'Rev. Antalya, 2006' },
    { text: 'Resolution 71 (Rev. Marrakesh, 2002)', resolution: 'PP-RES-71', revision: 'Rev. Marrakesh, 2002' },
    { text: 'Resolution 71 (Rev. Minneapolis, 1998)', resolution: 'PP-RES-71', revision: 'Rev. Minneapolis, 1998' },
    { text: 'Resolution 71 (Kyoto, 1994)', resolution: 'PP-RES-71', revision: 'Kyoto, 1994' }] },
  { language: 'en', text: 'Resolution 44 (Rev. Johannesburg, 2008) and Resolution 76 (Johannesburg, 2008) deal with conformance.', expected: [
    { text: 'Resolution 44 (Rev. Johannesburg, 2008)', resolution: 'WTSA-RES-44', revision: 'Rev. Johannesburg, 2008' },
    { text: 'Resolution 76 (Johannesburg, 2008)', resolution: 'WTSA-RES-76', revision: 'Johannesburg, 2008' }] },
  { language: 'en', text: 'See Resolution 17 (Rev. Hyderabad, 2010), Resolution 17 (Rev. Doha, 2006) and Resolution 17 (Istanbul, 2002) for the history.', expected: [
    { text: 'Resolution 17 (Rev. Hyderabad, 2010)', resolution: 'WTDC-RES-17', revision: 'Rev. Hyderabad, 2010' },
    { text: 'Resolution 17 (Rev. Doha, 2006)', resolution: 'WTDC-RES-17', revision: 'Rev. Doha, 2006' },
    { text: 'Resolution 17 (Istanbul, 2002)', resolution: 'WTDC-RES-17', revision: 'Istanbul, 2002' }] },
  { language: 'en', text: 'The assembly first adopted Resolution 1 (Rev. Florianópolis, 2004) on its rules of procedure.', expected: [
    { text: 'Resolution 1 (Rev. Florianópolis, 2004)', resolution: 'WTSA-RES-1', revision: 'Rev. Florianópolis, 2004' }] },
  // Dubai 2012 hosted WTSA and WCIT: words about the Regulations say which.
  { language: 'en', text: 'Resolution 3 (Dubai, 2012), adopted with the International Telecommunication Regulations, was noted.', expected: [
    { text: 'Resolution 3 (Dubai, 2012)', resolution: 'WCIT-RES-3', revision: 'Dubai, 2012' }] },
  { language: 'en', text: 'Study groups also follow Resolution 78 (Dubai, 2012) on e-health standards.', expected: [
    { text: 'Resolution 78 (Dubai, 2012)', resolution: 'WTSA-RES-78', revision: 'Dubai, 2012' }] },
  // Lists: a revision applies to the numbers of its own group.
  { language: 'en', text: 'See Resolutions 47 and 48 (Rev. Dubai, 2012) and 49, 50, 52 (Rev. Hammamet, 2016) for details.', expected: [
    { text: 'Resolutions 47', resolution: 'WTSA-RES-47', revision: 'Rev. Dubai, 2012' },
    { text: '48 (Rev. Dubai, 2012)', resolution: 'WTSA-RES-48', revision: 'Rev. Dubai, 2012' },
    { text: '49', resolution: 'WTSA-RES-49', revision: 'Rev. Hammamet, 2016' },
    { text: '50', resolution: 'WTSA-RES-50', revision: 'Rev. Hammamet, 2016' },
    { text: '52 (Rev. Hammamet, 2016)', resolution: 'WTSA-RES-52', revision: 'Rev. Hammamet, 2016' }] },
  { language: 'en', text: 'Resolutions 101, 102, and 133 (Rev. Dubai, 2018) remain in force.', expected: [
    { text: 'Resolutions 101', resolution: 'PP-RES-101', revision: 'Rev. Dubai, 2018' },
    { text: '102', resolution: 'PP-RES-102', revision: 'Rev. Dubai, 2018' },
    { text: '133 (Rev. Dubai, 2018)', resolution: 'PP-RES-133', revision: 'Rev. Dubai, 2018' }] },
  { language: 'en', text: 'The group works under Resolutions 1305, 1336 and 1344 adopted by the ITU Council.', expected: [
    { text: 'Resolutions 1305', resolution: 'C-RES-1305', revision: null },
    { text: '1336', resolution: 'C-RES-1336', revision: null },
    { text: '1344', resolution: 'C-RES-1344', revision: null }] },
  // Issuer words next to the number.
  { language: 'en', text: 'Council Resolution 1305 lists the public policy issues.', expected: [
    { text: 'Council Resolution 1305', resolution: 'C-RES-1305', revision: null }] },
  { language: 'en', text: 'PP Decision 11 created the working groups, and Council Decision 482 set the fees.', expected: [
    { text: 'PP Decision 11', resolution: 'PP-DEC-11', revision: null },
    { text: 'Council Decision 482', resolution: 'C-DEC-482', revision: null }] },
  { language: 'en', text: 'Resolution 75 of WTSA calls for contributions to the summit follow-up.', expected: [
    { text: 'Resolution 75', resolution: 'WTSA-RES-75', revision: null }] },
  { language: 'en', text: 'as in Resolution 30 (Rev. Dubai, 2014) of the World Telecommunication Development Conference.', expected: [
    { text: 'Resolution 30 (Rev. Dubai, 2014)', resolution: 'WTDC-RES-30', revision: 'Rev. Dubai, 2014' }] },
  { language: 'en', text: 'Resolution 71 of the 2010 Plenipotentiary Conference set out the strategic plan.', expected: [
    { text: 'Resolution 71', resolution: 'PP-RES-71', revision: 'Guadalajara, 2010' }] },
  // Revision forms of Council texts.
  { language: 'en', text: 'The group reported under Council Resolution 1336 (Modified 2019) and Resolution 1305 (Rev. 2019).', expected: [
    { text: 'Council Resolution 1336 (Modified 2019)', resolution: 'C-RES-1336', revision: 'Mod. 2019' },
    { text: 'Resolution 1305 (Rev. 2019)', resolution: 'C-RES-1305', revision: 'Rev. 2019' }] },
  { language: 'en', text: 'Resolution 1333 (C-2010, last amended C19) and Resolution 1344 (adopted by Council 2009, last amended 2019) were merged.', expected: [
    { text: 'Resolution 1333 (C-2010, last amended C19)', resolution: 'C-RES-1333', revision: 'Rev. 2019' },
    { text: 'Resolution 1344 (adopted by Council 2009, last amended 2019)', resolution: 'C-RES-1344', revision: 'Rev. 2019' }] },
  { language: 'en', text: 'Decision 5 (Rev. Dubai, 2018) covers income and Recommendation 7 (Rev. Dubai, 2018) the forms.', expected: [
    { text: 'Decision 5 (Rev. Dubai, 2018)', resolution: 'PP-DEC-5', revision: 'Rev. Dubai, 2018' },
    { text: 'Recommendation 7 (Rev. Dubai, 2018)', resolution: 'PP-REC-7', revision: 'Rev. Dubai, 2018' }] },
  // Spans with no-break spaces stay exact.
  { language: 'en', text: 'Delegates cited Resolution\u00A0140 (Rev.\u00A0Dubai,\u00A02018) twice.', expected: [
    { text: 'Resolution\u00A0140 (Rev.\u00A0Dubai,\u00A02018)', resolution: 'PP-RES-140', revision: 'Rev. Dubai, 2018' }] },
  // What only the document can tell, and what nothing tells.
  { language: 'en', text: 'Resolution 12 of this Conference instructs the Secretary-General.', context: PP_FINAL_ACTS, expected: [
    { text: 'Resolution 12', resolution: 'PP-RES-12', revision: null }] },
  { language: 'en', text: 'Resolution 123 and 15 Member States supported the proposal.', context: PP_FINAL_ACTS, expected: [
    { text: 'Resolution 123', resolution: 'PP-RES-123', revision: null }] },
  { language: 'en', text: 'The delegate referred to Resolution 12 without saying which assembly adopted it.', expected: [
    { text: 'Resolution 12', resolution: null, revision: null }] },
  { language: 'en', text: 'Resolution 646 (Rev.WRC-15) of the World Radiocommunication Conference deals with public protection.', expected: [
    { text: 'Resolution 646 (Rev.WRC-15)', resolution: null, revision: null }] },
  { language: 'en', text: 'Security Council Resolution 1325 was quoted in the debate.', expected: [
    { text: 'Resolution 1325', resolution: null, revision: null }] },
  // More forms: acronyms with years, issuers before the keyword, lists with traps after them.
  { language: 'en', text: 'WTDC Resolution 37 (Rev. Buenos Aires, 2017) and WTSA-16 Resolution 78 were both cited.', expected: [
    { text: 'WTDC Resolution 37 (Rev. Buenos Aires, 2017)', resolution: 'WTDC-RES-37', revision: 'Rev. Buenos Aires, 2017' },
    { text: 'WTSA-16 Resolution 78', resolution: 'WTSA-RES-78', revision: 'Hammamet, 2016' }] },
  { language: 'en', text: 'Resolution 1 (WTDC-17) and Resolutions 1, 2 and 3 of WTSA-20 were recalled.', expected: [
    { text: 'Resolution 1 (WTDC-17)', resolution: 'WTDC-RES-1', revision: 'Buenos Aires, 2017' },
    { text: 'Resolutions 1', resolution: 'WTSA-RES-1', revision: 'Geneva, 2022' },
    { text: '2', resolution: 'WTSA-RES-2', revision: 'Geneva, 2022' },
    { text: '3', resolution: 'WTSA-RES-3', revision: 'Geneva, 2022' }] },
  { language: 'en', text: 'Under Resolutions 101 and 102, 15 Member States asked for more time.', context: PP_FINAL_ACTS, expected: [
    { text: 'Resolutions 101', resolution: 'PP-RES-101', revision: null },
    { text: '102', resolution: 'PP-RES-102', revision: null }] },
  { language: 'en', text: 'Resolution 71, paragraph 3, and Resolution No. 25 (Rev. Busan, 2014) apply.', context: PP_FINAL_ACTS, expected: [
    { text: 'Resolution 71', resolution: 'PP-RES-71', revision: null },
    { text: 'Resolution No. 25 (Rev. Busan, 2014)', resolution: 'PP-RES-25', revision: 'Rev. Busan, 2014' }] },
  { language: 'en', text: 'Resolution 1325 (2000) of the Security Council and Recommendation 9 of the External Auditor were noted.', context: PP_FINAL_ACTS, expected: [
    { text: 'Resolution 1325 (2000)', resolution: null, revision: '2000' },
    { text: 'Recommendation 9', resolution: null, revision: null }] },
  { language: 'en', text: '(see Resolution 102 (Rev. Dubai, 2018))\n\u2022\tResolution 140 (Rev. Dubai 2018);', expected: [
    { text: 'Resolution 102 (Rev. Dubai, 2018)', resolution: 'PP-RES-102', revision: 'Rev. Dubai, 2018' },
    { text: 'Resolution 140 (Rev. Dubai 2018)', resolution: 'PP-RES-140', revision: 'Rev. Dubai, 2018' }] },
  // Hard negatives.
  { language: 'en', text: 'The 16th meeting had 102 participants in 2018.', expected: [] },
  { language: 'en', text: 'See paragraph 2.5.1 and Document C22/45 for the figures.', expected: [] },
  { language: 'en', text: 'A screen resolution of 1920x1080 is enough; Resolution 1920 x 1080 is the default.', expected: [] },
  { language: 'en', text: 'Scanned pages need Resolution 300 dpi, and the webcast uses Resolution 1080p.', expected: [] },
  { language: 'en', text: 'Dispute resolution 5 days after notice; the Conflict Resolution 2 course is full.', expected: [] },
  { language: 'en', text: 'The products comply with ISO 9001 and Recommendation ITU-T X.509.', expected: [] },
  { language: 'en', text: 'United Nations General Assembly Resolution 70/1 and ECOSOC Resolution 2012/24 were recalled.', expected: [] },
  { language: 'en', text: 'Resolutions adopted in 2018 are listed in Annex 2.', expected: [] },
  // Citations that lean on context: an issuer shared by coordination or implied by a word, and text glued by conversions.
  { language: 'en', text: 'It recalled Decision 8 and Resolution 113 of the Plenipotentiary Conference (Marrakesh, 2002).', expected: [
    { text: 'Decision 8', resolution: 'PP-DEC-8', revision: 'Marrakesh, 2002' },
    { text: 'Resolution 113', resolution: 'PP-RES-113', revision: 'Marrakesh, 2002' }] },
  { language: 'en', text: 'Plenipotentiary Resolution 113 governs the procedure.', expected: [
    { text: 'Plenipotentiary Resolution 113', resolution: 'PP-RES-113', revision: null }] },
  { language: 'en', text: 'ReferencesPP Resolution 179 (Rev. Dubai, 2018)', expected: [
    { text: 'Resolution 179 (Rev. Dubai, 2018)', resolution: 'PP-RES-179', revision: 'Rev. Dubai, 2018' }] },
  { language: 'en', text: 'Council Resolution 13061Introduction', expected: [
    { text: 'Council Resolution 1306', resolution: 'C-RES-1306', revision: null }] },
  { language: 'en', text: 'as set out in Resolution?1306 of the Council', expected: [
    { text: 'Resolution?1306', resolution: 'C-RES-1306', revision: null }] },
  { language: 'en', text: 'PP Resolutions 101, 102, 133 and180 apply.', expected: [
    { text: 'PP Resolutions 101', resolution: 'PP-RES-101', revision: null },
    { text: '102', resolution: 'PP-RES-102', revision: null },
    { text: '133', resolution: 'PP-RES-133', revision: null },
    { text: '180', resolution: 'PP-RES-180', revision: null }] },
  { language: 'en', text: 'Council Resolution 1305 (Mod. 2015) was applied.', expected: [
    { text: 'Council Resolution 1305 (Mod. 2015)', resolution: 'C-RES-1305', revision: 'Mod. 2015' }] },
  { language: 'en', text: 'RESOLUTION 71 (REV. DUBAI, 2018)', context: PP_FINAL_ACTS, expected: [
    { text: 'RESOLUTION 71 (REV. DUBAI, 2018)', resolution: 'PP-RES-71', revision: 'Rev. Dubai, 2018' }] },
];
