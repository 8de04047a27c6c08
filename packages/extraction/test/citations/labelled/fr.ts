import { PP_FINAL_ACTS, type LabelledCase } from './case';

/** French: sentences written for the tests. */
export const fr: LabelledCase[] = [
  { language: 'fr', text: 'La Conférence rappelle la Résolution 101 (Rév. Bucarest, 2022) sur les réseaux IP.', expected: [
    { text: 'Résolution 101 (Rév. Bucarest, 2022)', resolution: 'PP-RES-101', revision: 'Rev. Bucharest, 2022' }] },
  { language: 'fr', text: 'Le Secrétaire général applique la Résolution 102 (Rév. Dubaï, 2018).', expected: [
    { text: 'Résolution 102 (Rév. Dubaï, 2018)', resolution: 'PP-RES-102', revision: 'Rev. Dubai, 2018' }] },
  { language: 'fr', text: 'Voir la Résolution 48 (Rév. Busan, 2014) et la Résolution 25 (Rév. Marrakech, 2002).', expected: [
    { text: 'Résolution 48 (Rév. Busan, 2014)', resolution: 'PP-RES-48', revision: 'Rev. Busan, 2014' },
    { text: 'Résolution 25 (Rév. Marrakech, 2002)', resolution: 'PP-RES-25', revision: 'Rev. Marrakesh, 2002' }] },
  { language: 'fr', text: 'La Résolution 64 (Rév. Genève, 2022) traite de l’attribution des adresses.', expected: [
    { text: 'Résolution 64 (Rév. Genève, 2022)', resolution: 'WTSA-RES-64', revision: 'Rev. Geneva, 2022' }] },
  { language: 'fr', text: 'La Résolution 9 (Rév. Charm el-Cheikh, 2019) concerne la gestion du spectre.', expected: [
    { text: 'Résolution 9 (Rév. Charm el-Cheikh, 2019)', resolution: 'RA-RES-9', revision: 'Rev. Sharm el-Sheikh, 2019' }] },
  { language: 'fr', text: 'Le Bureau applique la Résolution 37 (Rév. Kigali, 2022) et la Résolution 37 (Rév. Buenos Aires, 2017).', expected: [
    { text: 'Résolution 37 (Rév. Kigali, 2022)', resolution: 'WTDC-RES-37', revision: 'Rev. Kigali, 2022' },
    { text: 'Résolution 37 (Rév. Buenos Aires, 2017)', resolution: 'WTDC-RES-37', revision: 'Rev. Buenos Aires, 2017' }] },
  { language: 'fr', text: 'La Résolution 1 (Dubaï, 2012) de la Conférence mondiale des télécommunications internationales est citée.', expected: [
    { text: 'Résolution 1 (Dubaï, 2012)', resolution: 'WCIT-RES-1', revision: 'Dubai, 2012' }] },
  { language: 'fr', text: 'Les Résolutions 101, 102 et 133 (Rév. Dubaï, 2018) restent en vigueur.', expected: [
    { text: 'Résolutions 101', resolution: 'PP-RES-101', revision: 'Rev. Dubai, 2018' },
    { text: '102', resolution: 'PP-RES-102', revision: 'Rev. Dubai, 2018' },
    { text: '133 (Rév. Dubaï, 2018)', resolution: 'PP-RES-133', revision: 'Rev. Dubai, 2018' }] },
  { language: 'fr', text: 'Les Résolutions 101, 102 et 133 de la Conférence de plénipotentiaires sont rappelées.', expected: [
    { text: 'Résolutions 101', resolution: 'PP-RES-101', revision: null },
    { text: '102', resolution: 'PP-RES-102', revision: null },
    { text: '133', resolution: 'PP-RES-133', revision: null }] },
  { language: 'fr', text: 'Voir les Résolutions 47 et 48 (Rév. Dubaï, 2012) et 49, 50 et 52 (Rév. Hammamet, 2016).', expected: [
    { text: 'Résolutions 47', resolution: 'WTSA-RES-47', revision: 'Rev. Dubai, 2012' },
    { text: '48 (Rév. Dubaï, 2012)', resolution: 'WTSA-RES-48', revision: 'Rev. Dubai, 2012' },
    { text: '49', resolution: 'WTSA-RES-49', revision: 'Rev. Hammamet, 2016' },
    { text: '50', resolution: 'WTSA-RES-50', revision: 'Rev. Hammamet, 2016' },
    { text: '52 (Rév. Hammamet, 2016)', resolution: 'WTSA-RES-52', revision: 'Rev. Hammamet, 2016' }] },
  { language: 'fr', text: 'Conformément à la Résolution 1305 du Conseil, le groupe a examiné ces questions.', expected: [
    { text: 'Résolution 1305', resolution: 'C-RES-1305', revision: null }] },
  { language: 'fr', text: 'La Décision 482 (modifiée en 2008) du Conseil fixe les droits.', expected: [
    { text: 'Décision 482 (modifiée en 2008)', resolution: 'C-DEC-482', revision: 'Mod. 2008' }] },
  { language: 'fr', text: 'la Résolution 69 (Rév. Hammamet, 2016) de l’Assemblée mondiale de normalisation des télécommunications', expected: [
    { text: 'Résolution 69 (Rév. Hammamet, 2016)', resolution: 'WTSA-RES-69', revision: 'Rev. Hammamet, 2016' }] },
  { language: 'fr', text: 'la Résolution 30 (Rév. Dubaï, 2014) de la Conférence mondiale de développement des télécommunications', expected: [
    { text: 'Résolution 30 (Rév. Dubaï, 2014)', resolution: 'WTDC-RES-30', revision: 'Rev. Dubai, 2014' }] },
  { language: 'fr', text: "La Résolution 75 de l'AMNT porte sur le suivi du Sommet.", expected: [
    { text: 'Résolution 75', resolution: 'WTSA-RES-75', revision: null }] },
  { language: 'fr', text: 'La Résolution 71 de la Conférence de plénipotentiaires de 2010 fixe le plan stratégique.', expected: [
    { text: 'Résolution 71', resolution: 'PP-RES-71', revision: 'Guadalajara, 2010' }] },
  { language: 'fr', text: 'La Décision 5 (Rév. Dubaï, 2018) et la Recommandation 7 (Rév. Dubaï, 2018) ont été adoptées.', expected: [
    { text: 'Décision 5 (Rév. Dubaï, 2018)', resolution: 'PP-DEC-5', revision: 'Rev. Dubai, 2018' },
    { text: 'Recommandation 7 (Rév. Dubaï, 2018)', resolution: 'PP-REC-7', revision: 'Rev. Dubai, 2018' }] },
  // Accents written as combining marks (e + U+0301, i + U+0308) and a narrow no-break space: spans stay exact.
  { language: 'fr', text: 'Selon la Re\u0301solution 140 (Re\u0301v. Dubai\u0308, 2018), les travaux continuent.', expected: [
    { text: 'Re\u0301solution 140 (Re\u0301v. Dubai\u0308, 2018)', resolution: 'PP-RES-140', revision: 'Rev. Dubai, 2018' }] },
  { language: 'fr', text: 'la Résolution\u202F1336 (modifiée en 2019) du Conseil établit le groupe', expected: [
    { text: 'Résolution\u202F1336 (modifiée en 2019)', resolution: 'C-RES-1336', revision: 'Mod. 2019' }] },
  { language: 'fr', text: 'La Résolution 12 de la présente Conférence charge le Secrétaire général.', context: PP_FINAL_ACTS, expected: [
    { text: 'Résolution 12', resolution: 'PP-RES-12', revision: null }] },
  { language: 'fr', text: 'Un délégué cite la Résolution 12 sans dire quelle conférence l’a adoptée.', expected: [
    { text: 'Résolution 12', resolution: null, revision: null }] },
  { language: 'fr', text: 'La Résolution 958 (CMR-15) de la Conférence mondiale des radiocommunications est rappelée.', expected: [
    { text: 'Résolution 958 (CMR-15)', resolution: null, revision: null }] },
  { language: 'fr', text: 'Les Résolutions 1305, 1336 et 1344 du Conseil et la Résolution 1 (AMNT-16) sont rappelées.', expected: [
    { text: 'Résolutions 1305', resolution: 'C-RES-1305', revision: null },
    { text: '1336', resolution: 'C-RES-1336', revision: null },
    { text: '1344', resolution: 'C-RES-1344', revision: null },
    { text: 'Résolution 1 (AMNT-16)', resolution: 'WTSA-RES-1', revision: 'Hammamet, 2016' }] },
  { language: 'fr', text: 'Au titre des Résolutions 101 et 102, 15 États Membres ont demandé un délai.', context: PP_FINAL_ACTS, expected: [
    { text: 'Résolutions 101', resolution: 'PP-RES-101', revision: null },
    { text: '102', resolution: 'PP-RES-102', revision: null }] },
  // Hard negatives.
  { language: 'fr', text: 'Un écran d’une résolution de 1920 × 1080 pixels suffit ; Résolution de 1920 × 1080 pixels.', expected: [] },
  { language: 'fr', text: 'La 16e réunion a rassemblé 102 participants en 2018.', expected: [] },
  { language: 'fr', text: 'Voir le paragraphe 2.5.1 et le Document C22/45.', expected: [] },
  { language: 'fr', text: 'La résolution des conflits prend 5 jours ; Haute Résolution 4K.', expected: [] },
  { language: 'fr', text: 'Les produits sont conformes à la norme ISO 9001.', expected: [] },
  { language: 'fr', text: "La Résolution 70/1 de l'Assemblée générale des Nations Unies est rappelée.", expected: [] },
  { language: 'fr', text: 'Résolution 300 dpi pour les documents numérisés.', expected: [] },
  // A heading in capitals.
  { language: 'fr', text: 'RÉSOLUTION 71 (RÉV. DUBAÏ, 2018)', context: PP_FINAL_ACTS, expected: [
    { text: 'RÉSOLUTION 71 (RÉV. DUBAÏ, 2018)', resolution: 'PP-RES-71', revision: 'Rev. Dubai, 2018' }] },
];
