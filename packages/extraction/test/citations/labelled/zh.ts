import { PP_FINAL_ACTS, type LabelledCase } from './case';

/**
 * Chinese: sentences written for the tests. A citation's span starts at `第` (or at the issuer written
 * right before it) and takes in `号决议` and the parenthesis; later numbers of a list start at the number.
 */
export const zh: LabelledCase[] = [
  { language: 'zh', text: '大会回顾了第102号决议（2018年，迪拜，修订版）关于主管部门作用的规定。', expected: [
    { text: '第102号决议（2018年，迪拜，修订版）', resolution: 'PP-RES-102', revision: 'Rev. Dubai, 2018' }] },
  { language: 'zh', text: '各国按照第131号决议（2014年，釜山，修订版）和第101号决议（2022年，布加勒斯特，修订版）开展工作。', expected: [
    { text: '第131号决议（2014年，釜山，修订版）', resolution: 'PP-RES-131', revision: 'Rev. Busan, 2014' },
    { text: '第101号决议（2022年，布加勒斯特，修订版）', resolution: 'PP-RES-101', revision: 'Rev. Bucharest, 2022' }] },
  { language: 'zh', text: '第133号决议（2010年，瓜达拉哈拉，修订版）涉及域名。', expected: [
    { text: '第133号决议（2010年，瓜达拉哈拉，修订版）', resolution: 'PP-RES-133', revision: 'Rev. Guadalajara, 2010' }] },
  { language: 'zh', text: '第64号决议（2022年，日内瓦，修订版）与第9号决议（2019年，沙姆沙伊赫，修订版）均被提及。', expected: [
    { text: '第64号决议（2022年，日内瓦，修订版）', resolution: 'WTSA-RES-64', revision: 'Rev. Geneva, 2022' },
    { text: '第9号决议（2019年，沙姆沙伊赫，修订版）', resolution: 'RA-RES-9', revision: 'Rev. Sharm el-Sheikh, 2019' }] },
  { language: 'zh', text: '电信发展局落实第30号决议（2014年，迪拜，修订版）。', expected: [
    { text: '第30号决议（2014年，迪拜，修订版）', resolution: 'WTDC-RES-30', revision: 'Rev. Dubai, 2014' }] },
  { language: 'zh', text: '世界电信标准化全会第69号决议（2016年，哈马马特，修订版）要求开放接入。', expected: [
    { text: '世界电信标准化全会第69号决议（2016年，哈马马特，修订版）', resolution: 'WTSA-RES-69', revision: 'Rev. Hammamet, 2016' }] },
  { language: 'zh', text: '世界电信发展大会第37号决议（2017年，布宜诺斯艾利斯，修订版）涉及数字鸿沟。', expected: [
    { text: '世界电信发展大会第37号决议（2017年，布宜诺斯艾利斯，修订版）', resolution: 'WTDC-RES-37', revision: 'Rev. Buenos Aires, 2017' }] },
  { language: 'zh', text: '与《国际电信规则》一并通过的第1号决议（2012年，迪拜）仍然有效。', expected: [
    { text: '第1号决议（2012年，迪拜）', resolution: 'WCIT-RES-1', revision: 'Dubai, 2012' }] },
  { language: 'zh', text: '研究组还遵循第78号决议（2012年，迪拜）。', expected: [
    { text: '第78号决议（2012年，迪拜）', resolution: 'WTSA-RES-78', revision: 'Dubai, 2012' }] },
  // Lists.
  { language: 'zh', text: '第101、102和133号决议（2018年，迪拜，修订版）仍然有效。', expected: [
    { text: '第101', resolution: 'PP-RES-101', revision: 'Rev. Dubai, 2018' },
    { text: '102', resolution: 'PP-RES-102', revision: 'Rev. Dubai, 2018' },
    { text: '133号决议（2018年，迪拜，修订版）', resolution: 'PP-RES-133', revision: 'Rev. Dubai, 2018' }] },
  { language: 'zh', text: '请参阅第47和48号决议（2012年，迪拜，修订版）以及第49、50和52号决议（2016年，哈马马特，修订版）。', expected: [
    { text: '第47', resolution: 'WTSA-RES-47', revision: 'Rev. Dubai, 2012' },
    { text: '48号决议（2012年，迪拜，修订版）', resolution: 'WTSA-RES-48', revision: 'Rev. Dubai, 2012' },
    { text: '第49', resolution: 'WTSA-RES-49', revision: 'Rev. Hammamet, 2016' },
    { text: '50', resolution: 'WTSA-RES-50', revision: 'Rev. Hammamet, 2016' },
    { text: '52号决议（2016年，哈马马特，修订版）', resolution: 'WTSA-RES-52', revision: 'Rev. Hammamet, 2016' }] },
  { language: 'zh', text: '全权代表大会第102号和第140号决议对此作出了规定。', expected: [
    { text: '全权代表大会第102号', resolution: 'PP-RES-102', revision: null },
    { text: '140号决议', resolution: 'PP-RES-140', revision: null }] },
  { language: 'zh', text: '工作组依据理事会第1305号和第1336号决议开展工作。', expected: [
    { text: '理事会第1305号', resolution: 'C-RES-1305', revision: null },
    { text: '1336号决议', resolution: 'C-RES-1336', revision: null }] },
  // Council texts and their revisions, the typing error 修版 included.
  { language: 'zh', text: '理事会第1336号决议规定了工作组的职责。', expected: [
    { text: '理事会第1336号决议', resolution: 'C-RES-1336', revision: null }] },
  { language: 'zh', text: '理事会第1305号决议（2019年，修订版）确定了议题。', expected: [
    { text: '理事会第1305号决议（2019年，修订版）', resolution: 'C-RES-1305', revision: 'Rev. 2019' }] },
  { language: 'zh', text: '第1336号决议（2019年，修版）的文字有一处笔误。', expected: [
    { text: '第1336号决议（2019年，修版）', resolution: 'C-RES-1336', revision: 'Rev. 2019' }] },
  { language: 'zh', text: '2010年全权代表大会第71号决议确定了战略规划。', expected: [
    { text: '全权代表大会第71号决议', resolution: 'PP-RES-71', revision: 'Guadalajara, 2010' }] },
  { language: 'zh', text: '第5号决定（2018年，迪拜，修订版）和第7号建议（2018年，迪拜，修订版）已获通过。', expected: [
    { text: '第5号决定（2018年，迪拜，修订版）', resolution: 'PP-DEC-5', revision: 'Rev. Dubai, 2018' },
    { text: '第7号建议（2018年，迪拜，修订版）', resolution: 'PP-REC-7', revision: 'Rev. Dubai, 2018' }] },
  // Half-width parentheses and commas, full-width digits: spans stay exact.
  { language: 'zh', text: '第133号决议(2018年,迪拜,修订版)涉及多语文域名。', expected: [
    { text: '第133号决议(2018年,迪拜,修订版)', resolution: 'PP-RES-133', revision: 'Rev. Dubai, 2018' }] },
  { language: 'zh', text: '代表们援引了第１０２号决议（２０１８年，迪拜，修订版）。', expected: [
    { text: '第１０２号决议（２０１８年，迪拜，修订版）', resolution: 'PP-RES-102', revision: 'Rev. Dubai, 2018' }] },
  { language: 'zh', text: '本届大会第12号决议责成秘书长开展工作。', context: PP_FINAL_ACTS, expected: [
    { text: '第12号决议', resolution: 'PP-RES-12', revision: null }] },
  { language: 'zh', text: '一位代表提到第12号决议，但未说明由哪个大会通过。', expected: [
    { text: '第12号决议', resolution: null, revision: null }] },
  { language: 'zh', text: '世界无线电通信大会第646号决议（2015年，修订版）涉及公众保护。', expected: [
    { text: '世界无线电通信大会第646号决议（2015年，修订版）', resolution: null, revision: 'Rev. 2015' }] },
  { language: 'zh', text: '国际电联理事会第1305、1336和1344号决议均有涉及。', expected: [
    { text: '理事会第1305', resolution: 'C-RES-1305', revision: null },
    { text: '1336', resolution: 'C-RES-1336', revision: null },
    { text: '1344号决议', resolution: 'C-RES-1344', revision: null }] },
  { language: 'zh', text: '安全理事会第1325号决议与人权理事会第5号决议不是国际电联的文书。', expected: [
    { text: '第1325号决议', resolution: null, revision: null },
    { text: '第5号决议', resolution: null, revision: null }] },
  { language: 'zh', text: '安理会第1325号决议（2000年）被引用。', expected: [
    { text: '第1325号决议（2000年）', resolution: null, revision: '2000' }] },
  // Hard negatives.
  { language: 'zh', text: '第十六次会议于2022年1月19日举行。', expected: [] },
  { language: 'zh', text: '第16次会议共有102名参与者。', expected: [] },
  { language: 'zh', text: '见第2.5.1段和C22/45号文件。', expected: [] },
  { language: 'zh', text: '屏幕分辨率为1920×1080，扫描分辨率为300 dpi。', expected: [] },
  { language: 'zh', text: '设备符合ISO 9001标准，第102号文件已分发。', expected: [] },
  { language: 'zh', text: '联合国大会第70/1号决议确立了2030年议程。', expected: [] },
  // The topic before 第N号决议 is not its issuer: a PP resolution on the preparations for WCIT-12.
  { language: 'zh', text: '关于筹备2012WCIT第171号决议的实施情况', context: { documentIssuer: 'PP' }, expected: [
    { text: '第171号决议', resolution: 'PP-RES-171', revision: null }] },
  // A Council text adopted in 1948 and last amended in 1976, in the Latin and the Chinese wording.
  { language: 'zh', text: '理事会第1号决议(C-1948, last amended C-1976)规定了程序。', expected: [
    { text: '理事会第1号决议(C-1948, last amended C-1976)', resolution: 'C-RES-1', revision: 'Rev. 1976' }] },
  { language: 'zh', text: '根据第1号决议（C-1948，最后修订于C-1976），', expected: [
    { text: '第1号决议（C-1948，最后修订于C-1976）', resolution: 'C-RES-1', revision: 'Rev. 1976' }] },
];
