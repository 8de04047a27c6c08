import type { LabelledReport } from './case';

export const fr: LabelledReport[] = [
  {
    language: 'fr', about: 'deux ordinaux pour un nom, dates appariées',
    text: "Rapport de la Présidente du Groupe de travail du Conseil sur les questions de politiques publiques internationales relatives à l'Internet (GTC-Internet)\n\n1. Les quinzième et seizième réunions du GTC-Internet se sont tenues le 26 septembre 2019 et le 4 février 2020 à Genève.",
    meetings: [{ id: 'CWG-INTERNET-15', dates: ['2019-09-26', '2019-09-26'] }, { id: 'CWG-INTERNET-16', dates: ['2020-02-04', '2020-02-04'] }],
  },
  {
    language: 'fr', about: 'du … au …, hybride, participants inscrits',
    text: "GTC-COP\n\n2. La 17e réunion du GTC-COP s'est tenue du 19 au 20 janvier 2022 en présentiel et à distance. Plus de 150 participants inscrits y ont pris part.",
    meetings: [{ id: 'CWG-COP-17', dates: ['2022-01-19', '2022-01-20'], format: 'HYBRID', registered: { value: 150, atLeast: true } }],
  },
  {
    language: 'fr', about: 'réunion virtuelle, 1er du mois, contributions',
    text: "GTC-SMSI&ODD\n\n3. La trente-huitième réunion du GTC-SMSI&ODD, virtuelle, a eu lieu le 1er mars 2023. La réunion a reçu 9 contributions.",
    meetings: [{ id: 'CWG-WSIS&SDG-38', dates: ['2023-03-01', '2023-03-01'], format: 'VIRTUAL', contributions: 9 }],
  },
  {
    language: 'fr', about: 'réunion de consultation ouverte en ligne',
    text: "GTC-Internet\n\n4. La dixième réunion de consultation ouverte du GTC-Internet s'est tenue en ligne le 3 mars 2021.",
    meetings: [{ id: 'CWG-INTERNET-OC-10', dates: ['2021-03-03', '2021-03-03'], format: 'VIRTUAL' }],
  },
  {
    language: 'fr', about: 'un nombre de réunions et de pays',
    text: "GTC-LANG\n\n5. Trois réunions ont eu lieu en 2021 et 150 pays ont répondu.",
    meetings: [],
  },
  {
    language: 'fr', about: 'un titre « Nième réunion » et le paragraphe qui le suit',
    text: "Rapport du Président du GTC-FHR\n\nQuatorzième réunion\n\nLe groupe s'est réuni le 9 juin 2022 à Genève. Environ 45 participants y ont assisté.",
    meetings: [{ id: 'CWG-FHR-14', dates: ['2022-06-09', '2022-06-09'], participants: { value: 45, atLeast: false } }],
  },
  {
    language: 'fr', about: 'décision de tenir une consultation, date limite, résultats et réponses par catégorie',
    text: "GTC-Internet\n\n1. Le groupe a décidé de tenir une consultation ouverte sur « L'expansion de la connectivité Internet » à partir du 1er octobre 2021. La date limite de réception des réponses est le 3 décembre 2021.\n\n2. Le groupe a examiné les résultats de la consultation ouverte sur « L'expansion de la connectivité Internet ». La consultation a reçu 25 réponses, dont 10 de gouvernements, 8 du secteur privé et 7 de la société civile.",
    meetings: [],
    consultations: [{ id: 'CWG-INTERNET-CONS-2021-10', topic: 'L\'expansion de la connectivité Internet', opens: '2021-10-01', closes: '2021-12-03', responses: '25 GOVERNMENT:10 PRIVATE_SECTOR:8 CIVIL_SOCIETY:7' }],
  },
  {
    language: 'fr', about: 'des consultations évoquées, aucune tenue',
    text: 'GTC-COP\n\n6. Les membres ont rappelé la valeur des consultations ouvertes avec toutes les parties prenantes.',
    meetings: [],
    consultations: [],
  },
  {
    language: 'fr', about: 'mesures convenues en réunion, le Conseil destinataire',
    text: 'GTC-Internet\n\n2. Lors de sa 17e réunion, le Groupe est convenu des mesures suivantes :\n2.1 Le Secrétariat établira un résumé des réponses.\n2.2 Les Directeurs des Bureaux feront rapport au Conseil.',
    meetings: [{ id: 'CWG-INTERNET-17' }],
    actions: [{ id: 'CWG-INTERNET-17/2.1', assignees: ['SECRETARIAT'] }, { id: 'CWG-INTERNET-17/2.2', assignees: ['BUREAU_DIRECTORS'] }],
  },
  {
    language: 'fr', about: 'une page de consultation : le thème à part, la date limite ensuite',
    text: 'Consultation ouverte du GTC-COP\n\nLe GTC-COP a décidé de tenir une consultation ouverte sur le thème suivant :\n\n« La protection des enfants en ligne pendant la pandémie »\n\nLa date limite de soumission des réponses est le 3 septembre 2021.',
    meetings: [],
    consultations: [{ id: 'CWG-COP-CONS-UNDATED-1', topic: 'La protection des enfants en ligne pendant la pandémie', closes: '2021-09-03' }],
  },
  {
    language: 'fr', about: 'un groupe nommé par son nom complet',
    text: 'Rapport du Groupe de travail du Conseil sur les langues\n\n6. La neuvième réunion du Groupe de travail du Conseil sur les langues a eu lieu le 14 octobre 2020.',
    meetings: [{ id: 'CWG-LANG-9', dates: ['2020-10-14', '2020-10-14'] }],
  },
];
