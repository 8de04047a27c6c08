import type { Assignee, StakeholderCategory } from '../types';

/**
 * The words the report extractors key on, in Chinese and English, kept in one place so that a new
 * wording (or language) is added here rather than inside the rules.
 */

export interface Term<T> { value: T; pattern: RegExp }

/** Builds one alternation with the longest words first, so 政府间组织 wins over 政府. */
export function alternation(words: readonly string[]): string {
  return [...words].sort((a, b) => b.length - a.length).map(escape).join('|');
}

function escape(word: string): string {
  return word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+');
}

export const CATEGORY_WORDS: Record<StakeholderCategory, readonly string[]> = {
  GOVERNMENT: ['政府', 'government', 'governments', 'Member State', 'Member States', 'gouvernements', 'États Membres', 'gobiernos', 'Estados Miembros', 'правительств', 'Государств-Членов', 'حكومات', 'الحكومات', 'الدول الأعضاء'],
  PRIVATE_SECTOR: ['私营部门', '私营企业', '私营实体', '公司', '企业', 'private sector', 'private-sector', 'company', 'companies', 'business', 'businesses', 'corporation', 'corporations', 'secteur privé', 'entreprises', 'sector privado', 'empresas', 'частного сектора', 'компани', 'القطاع الخاص', 'شركات'],
  INDUSTRY_ASSOCIATION: ['行业协会', '产业协会', '行业组织', 'industry association', 'industry associations', 'trade association', 'trade associations'],
  CIVIL_SOCIETY: ['民间社会', '民间团体', '公民社会', '非政府组织', 'civil society', 'civil-society', 'non-governmental organization', 'non-governmental organizations', 'NGO', 'NGOs', 'société civile', 'ONG', 'sociedad civil', 'гражданского общества', 'НПО', 'المجتمع المدني'],
  INTERNATIONAL_ORGANIZATION: ['国际组织', '政府间组织', 'international organization', 'international organizations', 'international organisation', 'international organisations', 'intergovernmental organization', 'intergovernmental organizations', 'organisations internationales', 'organizaciones internacionales', 'международных организаций', 'منظمات دولية'],
  ACADEMIA: ['学术界', '学术机构', '学术团体', '大学', '研究机构', 'academia', 'academic', 'academics', 'university', 'universities', 'research institution', 'research institutions', 'milieux universitaires', 'universités', 'universidades', 'instituciones académicas', 'академическ', 'университет', 'الأوساط الأكاديمية', 'جامعات'],
  TECHNICAL_COMMUNITY: ['技术界', '技术社群', '技术社区', '技术团体', 'technical community', 'technical communities'],
  OTHER: ['个人', '其他', 'individual', 'individuals', 'other', 'others'],
};

/**
 * Who can be asked to act. Longer names first: 总秘书处 before 秘书处, "General Secretariat"
 * before "Secretariat". "Directors of the three Bureaux" is one addressee, not three bureaux.
 */
export const ASSIGNEE_WORDS: Record<Assignee, readonly string[]> = {
  BUREAU_DIRECTORS: ['三个局主任', '三局主任', '各局主任', '局主任', 'Directors of the three Bureaux', 'Directors of the Bureaux', 'Directors of the three Bureaus', 'Directors of the Bureaus', 'Bureau Directors', 'three Bureaux', 'Directeurs des trois Bureaux', 'Directeurs des Bureaux', 'Directores de las tres Oficinas', 'Directores de las Oficinas', 'Директоров трех Бюро', 'Директоров Бюро', 'Директора Бюро', 'مديري المكاتب الثلاثة', 'مديري المكاتب', 'مديرو المكاتب'],
  GENERAL_SECRETARIAT: ['总秘书处', 'General Secretariat', 'Secrétariat général', 'Secretaría General', 'Генеральный секретариат', 'Генеральному секретариату', 'الأمانة العامة'],
  SECRETARIAT: ['秘书处', 'Secretariat', 'secretariat', 'Secrétariat', 'secrétariat', 'Secretaría', 'secretaría', 'Секретариат', 'секретариат', 'الأمانة'],
  SECRETARY_GENERAL: ['秘书长', 'Secretary-General', 'Secretary General', 'Secrétaire général', 'Secretario General', 'Генеральный секретарь', 'Генеральному секретарю', 'Генерального секретаря', 'الأمين العام'],
  TSB: ['电信标准化局', 'Telecommunication Standardization Bureau', 'TSB'],
  BR: ['无线电通信局', 'Radiocommunication Bureau', 'BR'],
  BDT: ['电信发展局', 'Telecommunication Development Bureau', 'BDT'],
  COUNCIL: ['理事会', 'Council', 'Conseil', 'Consejo', 'Совет', 'المجلس'],
  MEMBER_STATES: ['成员国', 'Member States', 'États Membres', 'Estados Miembros', 'Государства-Члены', 'Государствам-Членам', 'الدول الأعضاء'],
  GROUP: ['小组', '该组', '本组', '工作组', 'the group', 'the Group', 'the working group', 'the Working Group', 'le groupe', 'le Groupe', 'el grupo', 'el Grupo', 'Группа', 'группа', 'الفريق'],
};

/** Meeting formats. "Physical open consultation" is the name of a meeting type, not its format. */
export const FORMAT_WORDS = {
  VIRTUAL: /虚拟|线上|在线|视频会议|远程方式|\bvirtual(?:ly)?\b|\bonline\b|\bremotely\b|\bfully remote\b|\bvirtuel(?:le)?s?\b|\ben ligne\b|\bvirtuales\b|\ben l[íi]nea\b|виртуальн|в режиме онлайн|дистанционн|افتراضي|عبر الإنترنت|عن بعد/iu,
  // A meeting held both ways: "physically and remotely", "in person and online", 线上线下相结合.
  HYBRID: /混合|线上线下相结合|线上和线下|现场和线上|\bhybrid\b|\bhybride\b|\bh[íi]brid[ao]\b|гибридн|هجين|\b(?:physically|in person|on[- ]site)\s+and\s+(?:remotely|virtually|online)\b|\bphysical and (?:remote|virtual|online)\b|\ben présentiel et à distance\b|\bde forma presencial y (?:a distancia|virtual)\b/iu,
  PHYSICAL: /实体会议|面对面|现场会议|亲自出席|\bin[- ]person\b|\bface[- ]to[- ]face\b|\bphysical meeting\b|\ben présentiel\b|\bprésentielle\b|\bde forma presencial\b|\bpresencial(?:es)?\b|в очном формате|очно(?!\p{L})|حضوري|وجهاً لوجه/iu,
} as const;

export const CONSULTATION_WORD = /磋商|协商|咨询|consultation|consulta|консультаци|مشاور/i;

/** Verbs that start something (a consultation), as opposed to reporting on it. */
export const LAUNCH_VERB = new RegExp([
  '启动|发起|开启|开展|推出|举行',
  String.raw`\blaunch(?:es|ed|ing)?\b|\binitiat(?:e|es|ed|ing)\b|\bopen(?:s|ed)? (?:a|the|an)\b|\b(?:hold|holds|conduct|organize|organise)\b(?= (?:an?|the) (?:new |next |further )?(?:open |online )?consultation)`,
  String.raw`\blancer(?:a|ont)?\b|\blancée?\b|\borganiser(?:a)?\b|\btenir une consultation\b`,
  String.raw`\blanzar(?:á|an)?\b|\biniciar(?:á)?\b|\bcelebrar una consulta\b|\brealizar una consulta\b`,
  'провести|проведет|провед[её]т|начать|объявить|запустить',
  'إطلاق|تطلق|يطلق|إجراء مشاورة|تنظيم مشاورة|عقد مشاورة',
].join('|'), 'iu');

/** "The meeting discussed/reviewed the results of ...". */
export const REVIEW_VERB = /讨论|审议|审查|回顾|审阅|\bdiscuss(?:ed|es)?\b|\breview(?:ed|s)?\b|\bconsider(?:ed|s)?\b|\bexamin(?:ed|es)\b|\bexaminé(?:e|s)?\b|\bdébattu\b|\bpassé en revue\b|\bexamin(?:ó|aron)\b|\bdebati(?:ó|eron)\b|\banaliz(?:ó|aron)\b|рассмотрел\p{L}*|обсудил\p{L}*|ناقش|استعرض|نظر في/iu;

/** The results of a consultation, reported: 结果, results, résultats, resultados, результаты, نتائج. */
export const RESULTS_WORD = /结果|\bresults?\b|\boutcomes?\b|\brésultats?\b|\bresultados?\b|результат\p{L}*|نتائج/iu;

/** "The deadline for responses is 3 September 2021": the day a consultation closes. */
export const DEADLINE_WORD = /截止日期|截止时间|\bdeadline\b|\bclos(?:es|ing date)\b|\bdate limite\b|\bfecha l[íi]mite\b|\bplazo\b|крайн\p{L}* срок|срок представления|الموعد النهائي|آخر موعد/iu;

/** Words for the responses a consultation received. */
export const RESPONSE_WORD = /回复|答复|回应|反馈|\bresponses?\b|\breplies\b|\bsubmissions\b|\bréponses?\b|\brespuestas?\b|ответ\p{L}*|الردود|ردود/iu;

/** A paragraph announcing the list of actions that follows it. */
export const ACTION_INTRO = /行动(?:包括|如下|有)|采取(?:以下|下列)行动|(?:以下|下列)行动|\b(?:following|these) actions\b|\bactions?\b[^.:]{0,40}\b(?:agreed|approved|adopted|decided)\b|\bagreed (?:on |to )?the following\b|\b(?:mesures|actions) suivantes\b|\bconvenu de ce qui suit\b|\b(?:medidas|acciones) siguientes\b|\bsiguientes (?:medidas|acciones)\b|следующи\p{L}* (?:мер|действи)\p{L}*|(?:الإجراءات|التدابير) التالية/iu;

/** Prepositions that make the next name a recipient ("submitted to the Council"), not an actor. */
export const RECIPIENT_BEFORE = /(?:给|向|致|交|供)[^，。；、,;]{0,6}$|\bto (?:the )?(?:\d{4} )?(?:session of (?:the )?)?$|\bfor (?:the )?$|\bof (?:the )?$|(?:^|\s)(?:au|aux|à la|du|de la|al|a la|del|de)\s+$|(?:^|\s)(?:إلى|على)\s+$|(?:представ|направ|переда|доклад)\p{L}*\s+(?:\p{L}+\s+)?$/iu;
