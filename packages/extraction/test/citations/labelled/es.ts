import { PP_FINAL_ACTS, type LabelledCase } from './case';

/** Spanish: sentences written for the tests. */
export const es: LabelledCase[] = [
  { language: 'es', text: 'La Conferencia recuerda la Resolución 102 (Rev. Dubái, 2018) sobre las administraciones.', expected: [
    { text: 'Resolución 102 (Rev. Dubái, 2018)', resolution: 'PP-RES-102', revision: 'Rev. Dubai, 2018' }] },
  { language: 'es', text: 'Se aplica la Resolución 131 (Rev. Busan, 2014) y la Resolución 2 (Rev. Kioto, 1994).', expected: [
    { text: 'Resolución 131 (Rev. Busan, 2014)', resolution: 'PP-RES-131', revision: 'Rev. Busan, 2014' },
    { text: 'Resolución 2 (Rev. Kioto, 1994)', resolution: 'PP-RES-2', revision: 'Rev. Kyoto, 1994' }] },
  { language: 'es', text: 'La Resolución 64 (Rev. Ginebra, 2022) trata de las direcciones IP.', expected: [
    { text: 'Resolución 64 (Rev. Ginebra, 2022)', resolution: 'WTSA-RES-64', revision: 'Rev. Geneva, 2022' }] },
  { language: 'es', text: 'La Resolución 20 (Rev. Johannesburgo, 2008) fue revisada más tarde.', expected: [
    { text: 'Resolución 20 (Rev. Johannesburgo, 2008)', resolution: 'WTSA-RES-20', revision: 'Rev. Johannesburg, 2008' }] },
  { language: 'es', text: 'El Sector aplica la Resolución 34 (Rev. Buenos Aires, 2017) y la Resolución 1 (Rev. Estambul, 2002).', expected: [
    { text: 'Resolución 34 (Rev. Buenos Aires, 2017)', resolution: 'WTDC-RES-34', revision: 'Rev. Buenos Aires, 2017' },
    { text: 'Resolución 1 (Rev. Estambul, 2002)', resolution: 'WTDC-RES-1', revision: 'Rev. Istanbul, 2002' }] },
  { language: 'es', text: 'La Resolución 37 (Rev. Kigali, 2022) y la Resolución 9 (Rev. Sharm el-Sheikh, 2019) se citan.', expected: [
    { text: 'Resolución 37 (Rev. Kigali, 2022)', resolution: 'WTDC-RES-37', revision: 'Rev. Kigali, 2022' },
    { text: 'Resolución 9 (Rev. Sharm el-Sheikh, 2019)', resolution: 'RA-RES-9', revision: 'Rev. Sharm el-Sheikh, 2019' }] },
  { language: 'es', text: 'Las Resoluciones 101, 102 y 133 (Rev. Dubái, 2018) siguen vigentes.', expected: [
    { text: 'Resoluciones 101', resolution: 'PP-RES-101', revision: 'Rev. Dubai, 2018' },
    { text: '102', resolution: 'PP-RES-102', revision: 'Rev. Dubai, 2018' },
    { text: '133 (Rev. Dubái, 2018)', resolution: 'PP-RES-133', revision: 'Rev. Dubai, 2018' }] },
  { language: 'es', text: 'Véanse las Resoluciones 47 y 48 (Rev. Dubái, 2012) y 49, 50 y 52 (Rev. Hammamet, 2016).', expected: [
    { text: 'Resoluciones 47', resolution: 'WTSA-RES-47', revision: 'Rev. Dubai, 2012' },
    { text: '48 (Rev. Dubái, 2012)', resolution: 'WTSA-RES-48', revision: 'Rev. Dubai, 2012' },
    { text: '49', resolution: 'WTSA-RES-49', revision: 'Rev. Hammamet, 2016' },
    { text: '50', resolution: 'WTSA-RES-50', revision: 'Rev. Hammamet, 2016' },
    { text: '52 (Rev. Hammamet, 2016)', resolution: 'WTSA-RES-52', revision: 'Rev. Hammamet, 2016' }] },
  { language: 'es', text: 'En virtud de la Resolución 1305 del Consejo, el Grupo examinó los temas.', expected: [
    { text: 'Resolución 1305', resolution: 'C-RES-1305', revision: null }] },
  { language: 'es', text: 'La Resolución N.º 1336 (modificada en 2019) del Consejo creó el Grupo.', expected: [
    { text: 'Resolución N.º 1336 (modificada en 2019)', resolution: 'C-RES-1336', revision: 'Mod. 2019' }] },
  { language: 'es', text: 'La Resolución 1333 (C-2010, modificada por última vez C19) fija las directrices.', expected: [
    { text: 'Resolución 1333 (C-2010, modificada por última vez C19)', resolution: 'C-RES-1333', revision: 'Rev. 2019' }] },
  { language: 'es', text: 'la Resolución 30 (Rev. Dubái, 2014) de la Conferencia Mundial de Desarrollo de las Telecomunicaciones', expected: [
    { text: 'Resolución 30 (Rev. Dubái, 2014)', resolution: 'WTDC-RES-30', revision: 'Rev. Dubai, 2014' }] },
  { language: 'es', text: 'la Resolución 69 (Rev. Hammamet, 2016) de la Asamblea Mundial de Normalización de las Telecomunicaciones', expected: [
    { text: 'Resolución 69 (Rev. Hammamet, 2016)', resolution: 'WTSA-RES-69', revision: 'Rev. Hammamet, 2016' }] },
  { language: 'es', text: 'La Resolución 75 de la AMNT pide contribuciones.', expected: [
    { text: 'Resolución 75', resolution: 'WTSA-RES-75', revision: null }] },
  { language: 'es', text: 'La Decisión 11 de la Conferencia de Plenipotenciarios creó los grupos.', expected: [
    { text: 'Decisión 11', resolution: 'PP-DEC-11', revision: null }] },
  { language: 'es', text: 'La Resolución 71 de la Conferencia de Plenipotenciarios de 2010 fijó el plan.', expected: [
    { text: 'Resolución 71', resolution: 'PP-RES-71', revision: 'Guadalajara, 2010' }] },
  { language: 'es', text: 'La Recomendación 7 (Rev. Dubái, 2018) trata de los formularios.', expected: [
    { text: 'Recomendación 7 (Rev. Dubái, 2018)', resolution: 'PP-REC-7', revision: 'Rev. Dubai, 2018' }] },
  // A combining acute accent and no-break spaces: spans stay exact.
  { language: 'es', text: 'Según la Resolucio\u0301n 133 (Rev. Guadalajara, 2010), los nombres se registran.', expected: [
    { text: 'Resolucio\u0301n 133 (Rev. Guadalajara, 2010)', resolution: 'PP-RES-133', revision: 'Rev. Guadalajara, 2010' }] },
  { language: 'es', text: 'Se citó la Resolución\u00A0140 (Rev.\u00A0Dubái,\u00A02018) dos veces.', expected: [
    { text: 'Resolución\u00A0140 (Rev.\u00A0Dubái,\u00A02018)', resolution: 'PP-RES-140', revision: 'Rev. Dubai, 2018' }] },
  { language: 'es', text: 'La Resolución 12 de la presente Conferencia encarga al Secretario General.', context: PP_FINAL_ACTS, expected: [
    { text: 'Resolución 12', resolution: 'PP-RES-12', revision: null }] },
  { language: 'es', text: 'La Resolución 102 y 15 Estados Miembros apoyaron la propuesta.', context: PP_FINAL_ACTS, expected: [
    { text: 'Resolución 102', resolution: 'PP-RES-102', revision: null }] },
  { language: 'es', text: 'Un delegado citó la Resolución 12 sin decir qué conferencia la adoptó.', expected: [
    { text: 'Resolución 12', resolution: null, revision: null }] },
  { language: 'es', text: 'Las Resoluciones 1305, 1336 y 1344 del Consejo de la UIT y la Resolución 1 (CMDT-17) se recuerdan.', expected: [
    { text: 'Resoluciones 1305', resolution: 'C-RES-1305', revision: null },
    { text: '1336', resolution: 'C-RES-1336', revision: null },
    { text: '1344', resolution: 'C-RES-1344', revision: null },
    { text: 'Resolución 1 (CMDT-17)', resolution: 'WTDC-RES-1', revision: 'Buenos Aires, 2017' }] },
  { language: 'es', text: 'La Resolución 1325 (2000) del Consejo de Seguridad fue citada.', expected: [
    { text: 'Resolución 1325 (2000)', resolution: null, revision: '2000' }] },
  // Hard negatives.
  { language: 'es', text: 'Una pantalla con resolución de 1920 x 1080 píxeles; Resolución 1920x1080 por defecto.', expected: [] },
  { language: 'es', text: 'La 16.ª reunión contó con 102 participantes en 2018.', expected: [] },
  { language: 'es', text: 'Véase el párrafo 2.5.1 y el Documento C22/45.', expected: [] },
  { language: 'es', text: 'La resolución de conflictos tarda 5 días; Alta Resolución 4K.', expected: [] },
  { language: 'es', text: 'Los equipos cumplen la norma ISO 9001.', expected: [] },
  { language: 'es', text: 'La Resolución 70/1 de la Asamblea General de las Naciones Unidas fue recordada.', expected: [] },
  { language: 'es', text: 'Resolución 300 ppp para las páginas escaneadas.', expected: [] },
  // A heading in capitals.
  { language: 'es', text: 'DECISIÓN 5 (REV. BUSÁN, 2014)', context: { documentIssuer: 'PP' }, expected: [
    { text: 'DECISIÓN 5 (REV. BUSÁN, 2014)', resolution: 'PP-DEC-5', revision: 'Rev. Busan, 2014' }] },
];
