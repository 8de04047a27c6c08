import { PP_FINAL_ACTS, type LabelledCase } from './case';

/** Russian: sentences written for the tests. Russian names the issuer after the number, in the genitive. */
export const ru: LabelledCase[] = [
  { language: 'ru', text: 'Конференция напоминает о Резолюции 102 (Пересм. Дубай, 2018 г.) о роли администраций.', expected: [
    { text: 'Резолюции 102 (Пересм. Дубай, 2018 г.)', resolution: 'PP-RES-102', revision: 'Rev. Dubai, 2018' }] },
  { language: 'ru', text: 'Резолюция 131 (Пересм. Пусан, 2014 г.) и Резолюция 101 (Пересм. Бухарест, 2022 г.) остаются в силе.', expected: [
    { text: 'Резолюция 131 (Пересм. Пусан, 2014 г.)', resolution: 'PP-RES-131', revision: 'Rev. Busan, 2014' },
    { text: 'Резолюция 101 (Пересм. Бухарест, 2022 г.)', resolution: 'PP-RES-101', revision: 'Rev. Bucharest, 2022' }] },
  { language: 'ru', text: 'Ранее действовала Резолюция 2 (Пересм. Анталья, 2006 г.).', expected: [
    { text: 'Резолюция 2 (Пересм. Анталья, 2006 г.)', resolution: 'PP-RES-2', revision: 'Rev. Antalya, 2006' }] },
  { language: 'ru', text: 'Резолюция 69 (Пересм. Хаммамет, 2016 г.) требует открытого доступа.', expected: [
    { text: 'Резолюция 69 (Пересм. Хаммамет, 2016 г.)', resolution: 'WTSA-RES-69', revision: 'Rev. Hammamet, 2016' }] },
  { language: 'ru', text: 'Резолюция 64 (Пересм. Женева, 2022 г.) и Резолюция 45 (Пересм. Йоханнесбург, 2008 г.) были упомянуты.', expected: [
    { text: 'Резолюция 64 (Пересм. Женева, 2022 г.)', resolution: 'WTSA-RES-64', revision: 'Rev. Geneva, 2022' },
    { text: 'Резолюция 45 (Пересм. Йоханнесбург, 2008 г.)', resolution: 'WTSA-RES-45', revision: 'Rev. Johannesburg, 2008' }] },
  { language: 'ru', text: 'Бюро выполняет Резолюцию 37 (Пересм. Кигали, 2022 г.) и Резолюцию 50 (Пересм. Хайдарабад, 2010 г.).', expected: [
    { text: 'Резолюцию 37 (Пересм. Кигали, 2022 г.)', resolution: 'WTDC-RES-37', revision: 'Rev. Kigali, 2022' },
    { text: 'Резолюцию 50 (Пересм. Хайдарабад, 2010 г.)', resolution: 'WTDC-RES-50', revision: 'Rev. Hyderabad, 2010' }] },
  { language: 'ru', text: 'См. Резолюцию 33 (Доха, 2006 г.) и Резолюцию 9 (Пересм. Шарм-эль-Шейх, 2019 г.).', expected: [
    { text: 'Резолюцию 33 (Доха, 2006 г.)', resolution: 'WTDC-RES-33', revision: 'Doha, 2006' },
    { text: 'Резолюцию 9 (Пересм. Шарм-эль-Шейх, 2019 г.)', resolution: 'RA-RES-9', revision: 'Rev. Sharm el-Sheikh, 2019' }] },
  { language: 'ru', text: 'Резолюции 101, 102 и 133 (Пересм. Дубай, 2018 г.) остаются в силе.', expected: [
    { text: 'Резолюции 101', resolution: 'PP-RES-101', revision: 'Rev. Dubai, 2018' },
    { text: '102', resolution: 'PP-RES-102', revision: 'Rev. Dubai, 2018' },
    { text: '133 (Пересм. Дубай, 2018 г.)', resolution: 'PP-RES-133', revision: 'Rev. Dubai, 2018' }] },
  { language: 'ru', text: 'Об этом говорится в Резолюциях 101, 102 и 133 Полномочной конференции.', expected: [
    { text: 'Резолюциях 101', resolution: 'PP-RES-101', revision: null },
    { text: '102', resolution: 'PP-RES-102', revision: null },
    { text: '133', resolution: 'PP-RES-133', revision: null }] },
  { language: 'ru', text: 'См. Резолюции 47 и 48 (Пересм. Дубай, 2012 г.) и 49, 50 и 52 (Пересм. Хаммамет, 2016 г.).', expected: [
    { text: 'Резолюции 47', resolution: 'WTSA-RES-47', revision: 'Rev. Dubai, 2012' },
    { text: '48 (Пересм. Дубай, 2012 г.)', resolution: 'WTSA-RES-48', revision: 'Rev. Dubai, 2012' },
    { text: '49', resolution: 'WTSA-RES-49', revision: 'Rev. Hammamet, 2016' },
    { text: '50', resolution: 'WTSA-RES-50', revision: 'Rev. Hammamet, 2016' },
    { text: '52 (Пересм. Хаммамет, 2016 г.)', resolution: 'WTSA-RES-52', revision: 'Rev. Hammamet, 2016' }] },
  { language: 'ru', text: 'Согласно Резолюции 1305 Совета группа рассмотрела эти вопросы.', expected: [
    { text: 'Резолюции 1305', resolution: 'C-RES-1305', revision: null }] },
  { language: 'ru', text: 'Решение Совета 482 определяет сборы.', expected: [
    { text: 'Решение Совета 482', resolution: 'C-DEC-482', revision: null }] },
  { language: 'ru', text: 'Группа создана Резолюцией 1336 (Изм. 2019 г.) Совета.', expected: [
    { text: 'Резолюцией 1336 (Изм. 2019 г.)', resolution: 'C-RES-1336', revision: 'Mod. 2019' }] },
  { language: 'ru', text: 'Резолюция 30 (Пересм. Дубай, 2014 г.) Всемирной конференции по развитию электросвязи', expected: [
    { text: 'Резолюция 30 (Пересм. Дубай, 2014 г.)', resolution: 'WTDC-RES-30', revision: 'Rev. Dubai, 2014' }] },
  { language: 'ru', text: 'Резолюция 75 ВАСЭ касается вклада в ВВУИО.', expected: [
    { text: 'Резолюция 75', resolution: 'WTSA-RES-75', revision: null }] },
  { language: 'ru', text: 'Резолюция 71 Полномочной конференции 2010 года определила стратегический план.', expected: [
    { text: 'Резолюция 71', resolution: 'PP-RES-71', revision: 'Guadalajara, 2010' }] },
  { language: 'ru', text: 'Решение 5 (Пересм. Дубай, 2018 г.) и Рекомендация 7 (Пересм. Дубай, 2018 г.) приняты.', expected: [
    { text: 'Решение 5 (Пересм. Дубай, 2018 г.)', resolution: 'PP-DEC-5', revision: 'Rev. Dubai, 2018' },
    { text: 'Рекомендация 7 (Пересм. Дубай, 2018 г.)', resolution: 'PP-REC-7', revision: 'Rev. Dubai, 2018' }] },
  // Lower case, a number sign, no-break spaces: spans stay exact.
  { language: 'ru', text: 'в соответствии с резолюцией 140 (Пересм. Дубай, 2018 г.) и Резолюцией № 1305', expected: [
    { text: 'резолюцией 140 (Пересм. Дубай, 2018 г.)', resolution: 'PP-RES-140', revision: 'Rev. Dubai, 2018' },
    { text: 'Резолюцией № 1305', resolution: 'C-RES-1305', revision: null }] },
  { language: 'ru', text: 'Делегаты сослались на Резолюцию\u00A0102 (Пересм.\u00A0Дубай, 2018\u00A0г.).', expected: [
    { text: 'Резолюцию\u00A0102 (Пересм.\u00A0Дубай, 2018\u00A0г.)', resolution: 'PP-RES-102', revision: 'Rev. Dubai, 2018' }] },
  { language: 'ru', text: 'Резолюция 12 настоящей Конференции поручает Генеральному секретарю.', context: PP_FINAL_ACTS, expected: [
    { text: 'Резолюция 12', resolution: 'PP-RES-12', revision: null }] },
  { language: 'ru', text: 'Делегат сослался на Резолюцию 12, не уточнив, кем она принята.', expected: [
    { text: 'Резолюцию 12', resolution: null, revision: null }] },
  { language: 'ru', text: 'Резолюции 1305, 1336 и 1344 Совета МСЭ и Резолюция 1 (ВАСЭ-16) упомянуты.', expected: [
    { text: 'Резолюции 1305', resolution: 'C-RES-1305', revision: null },
    { text: '1336', resolution: 'C-RES-1336', revision: null },
    { text: '1344', resolution: 'C-RES-1344', revision: null },
    { text: 'Резолюция 1 (ВАСЭ-16)', resolution: 'WTSA-RES-1', revision: 'Hammamet, 2016' }] },
  { language: 'ru', text: 'Резолюция 1325 (2000 г.) Совета Безопасности была упомянута.', expected: [
    { text: 'Резолюция 1325 (2000 г.)', resolution: null, revision: '2000' }] },
  { language: 'ru', text: 'В соответствии с Резолюцией 102 Совет поручил Генеральному секретарю подготовить отчет.', expected: [
    { text: 'Резолюцией 102', resolution: null, revision: null }] },
  // Hard negatives.
  { language: 'ru', text: '16-е собрание прошло в 2018 году, в нем приняли участие 102 участника.', expected: [] },
  { language: 'ru', text: 'Экран имеет разрешение 1920×1080, а документ C22/45 приведен в пункте 2.5.1.', expected: [] },
  { language: 'ru', text: 'Решение 15 марта 2021 года было одобрено без голосования.', expected: [] },
  { language: 'ru', text: 'Резолюции 2018 года обсуждались отдельно.', expected: [] },
  { language: 'ru', text: 'Оборудование соответствует стандарту ISO 9001.', expected: [] },
  { language: 'ru', text: 'Резолюция 70/1 Генеральной Ассамблеи ООН была упомянута.', expected: [] },
  // A heading in capitals.
  { language: 'ru', text: 'РЕЗОЛЮЦИЯ 71 (ПЕРЕСМ. ДУБАЙ, 2018 Г.)', context: PP_FINAL_ACTS, expected: [
    { text: 'РЕЗОЛЮЦИЯ 71 (ПЕРЕСМ. ДУБАЙ, 2018 Г.)', resolution: 'PP-RES-71', revision: 'Rev. Dubai, 2018' }] },
];
