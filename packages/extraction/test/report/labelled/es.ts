import type { LabelledReport } from './case';

export const es: LabelledReport[] = [
  {
    language: 'es', about: 'ordinal en palabras, forma virtual, participantes aproximados',
    text: 'Informe del Presidente del Grupo de Trabajo del Consejo sobre cuestiones de política pública internacional relacionadas con Internet (GTC-Internet)\n\n1. La decimoquinta reunión del GTC-Internet se celebró el 26 de septiembre de 2019 de forma virtual. Asistieron unos 100 participantes.',
    meetings: [{ id: 'CWG-INTERNET-15', dates: ['2019-09-26', '2019-09-26'], format: 'VIRTUAL', participants: { value: 100, atLeast: false } }],
  },
  {
    language: 'es', about: 'del … al …, contribuciones',
    text: 'GTC-COP\n\n2. La 16.ª reunión del GTC-COP se celebró del 3 al 4 de febrero de 2020 y recibió 12 contribuciones.',
    meetings: [{ id: 'CWG-COP-16', dates: ['2020-02-03', '2020-02-04'], contributions: 12 }],
  },
  {
    language: 'es', about: 'dos reuniones con dos fechas, presencial',
    text: 'GTC-FHR\n\n3. Las decimotercera y decimocuarta reuniones del GTC-FHR se celebraron de forma presencial el 7 de junio de 2021 y el 9 de junio de 2022.',
    meetings: [
      { id: 'CWG-FHR-13', dates: ['2021-06-07', '2021-06-07'], format: 'PHYSICAL' },
      { id: 'CWG-FHR-14', dates: ['2022-06-09', '2022-06-09'], format: 'PHYSICAL' },
    ],
  },
  {
    language: 'es', about: 'más de N participantes inscritos, híbrida',
    text: 'GTC-Internet\n\n4. La vigésima reunión del GTC-Internet se celebró el 15 de enero de 2024 de forma híbrida, con más de 200 participantes inscritos.',
    meetings: [{ id: 'CWG-INTERNET-20', dates: ['2024-01-15', '2024-01-15'], format: 'HYBRID', registered: { value: 200, atLeast: true } }],
  },
  {
    language: 'es', about: 'número de reuniones y de países',
    text: 'GTC-LANG\n\n5. Se celebraron tres reuniones en 2021 y 150 países participaron en la consulta.',
    meetings: [],
  },
  {
    language: 'es', about: 'decisión de celebrar una consulta, fecha límite, resultados y respuestas por categoría',
    text: 'GTC-COP\n\n1. El Grupo decidió celebrar una consulta abierta sobre «La protección de la infancia en línea» a partir del 1 de octubre de 2021. La fecha límite para las respuestas es el 3 de diciembre de 2021.\n\n2. El Grupo examinó los resultados de la consulta abierta sobre «La protección de la infancia en línea». Se recibieron 25 respuestas, de las cuales 10 de gobiernos, 8 del sector privado y 7 de la sociedad civil.',
    meetings: [],
    consultations: [{ id: 'CWG-COP-CONS-2021-10', topic: 'La protección de la infancia en línea', opens: '2021-10-01', closes: '2021-12-03', responses: '25 GOVERNMENT:10 PRIVATE_SECTOR:8 CIVIL_SOCIETY:7' }],
  },
  {
    language: 'es', about: 'consultas mencionadas, ninguna celebrada',
    text: 'GTC-Internet\n\n6. Los miembros recordaron el valor de las consultas abiertas con todas las partes interesadas.',
    meetings: [],
    consultations: [],
  },
  {
    language: 'es', about: 'medidas acordadas en una reunión, el Consejo destinatario',
    text: 'GTC-Internet\n\n2. En su 17.ª reunión, el Grupo acordó las siguientes medidas:\n2.1 La Secretaría preparará un resumen de las respuestas.\n2.2 Los Directores de las Oficinas informarán al Consejo.',
    meetings: [{ id: 'CWG-INTERNET-17' }],
    actions: [{ id: 'CWG-INTERNET-17/2.1', assignees: ['SECRETARIAT'] }, { id: 'CWG-INTERNET-17/2.2', assignees: ['BUREAU_DIRECTORS'] }],
  },
];
