import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * A synthetic document repository at any scale, in the project's own words, for benchmarks and load
 * tests: resolutions in Akoma Ntoso with revisions and operative clauses that mandate groups, chair
 * reports of group meetings with numbered actions and consultations with tallies, and short notes in
 * the other UN languages, all citing one another. The same seed always writes the same files.
 */
export interface GenerateOptions {
  documents: number;
  seed: number;
  out: string;
}

export interface GeneratedRepository {
  root: string;
  files: number;
  resolutions: number;
  reports: number;
  notes: number;
  groups: number;
}

/** mulberry32: small, fast, and the same sequence for the same seed on every machine. */
export function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const REVISIONS = [
  { place: 'Guadalajara', year: 2010, fr: 'Guadalajara', es: 'Guadalajara', ru: 'Гвадалахара', zh: '瓜达拉哈拉', ar: 'غوادالاخارا' },
  { place: 'Busan', year: 2014, fr: 'Busan', es: 'Busan', ru: 'Пусан', zh: '釜山', ar: 'بوسان' },
  { place: 'Dubai', year: 2018, fr: 'Dubaï', es: 'Dubái', ru: 'Дубай', zh: '迪拜', ar: 'دبي' },
  { place: 'Bucharest', year: 2022, fr: 'Bucarest', es: 'Bucarest', ru: 'Бухарест', zh: '布加勒斯特', ar: 'بوخارست' },
] as const;

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const SUBJECTS = ['harbour data', 'rural connectivity', 'spectrum sharing', 'emergency alerts', 'digital skills', 'network resilience', 'open data', 'satellite access', 'energy efficiency', 'accessible services'];
const SUBJECTS_ZH = ['港口数据', '农村连接', '频谱共享', '紧急警报', '数字技能', '网络韧性', '开放数据', '卫星接入', '环境保护', '无障碍服务'];
const TASKS = ['compile a survey of {s}', 'publish a summary of the responses on {s}', 'prepare a workshop on {s}', 'draft guidelines on {s}', 'collect case studies on {s}'];
const SYLLABLES = ['ka', 'lo', 'mi', 'ra', 'te', 'vu', 'so', 'ne', 'pa', 'di', 'go', 'hu'];

/** Letters only, so that the group acronym reads as one (CWG-Kalomi). */
function groupName(index: number): string {
  let name = '';
  let rest = index;
  do {
    name += SYLLABLES[rest % SYLLABLES.length];
    rest = Math.floor(rest / SYLLABLES.length);
  } while (rest > 0);
  return `Syn${name}`;
}

function ordinal(n: number): string {
  const teen = n % 100 >= 11 && n % 100 <= 13;
  const suffix = teen ? 'th' : ({ 1: 'st', 2: 'nd', 3: 'rd' } as Record<number, string>)[n % 10] ?? 'th';
  return `${n}${suffix}`;
}

const escapeXml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;');

/** Plenipotentiary resolution numbers start above the real ones, so nothing synthetic is taken for real. */
const FIRST_RESOLUTION = 300;
const FIRST_COUNCIL_RESOLUTION = 1500;

function resolutionXml(number: number, revision: (typeof REVISIONS)[number], group: string, cites: number[], subject: string): string {
  const citations = cites.map((cited, index) => `Resolution ${cited} (Rev. ${REVISIONS[index % REVISIONS.length].place}, ${REVISIONS[index % REVISIONS.length].year})`).join(' and ');
  return `<?xml version="1.0" encoding="UTF-8"?>
<akomaNtoso xmlns="http://docs.oasis-open.org/legaldocml/ns/akn/3.0">
  <documentCollection name="finalActs" xml:lang="en">
    <meta><identification source="#synthetic"><FRBRWork><FRBRauthor href="#itu-pp"/></FRBRWork></identification></meta>
    <collectionBody><component eId="cmp_resolutions"><componentRef src="#cmp_resolutions" showAs="RESOLUTIONS"/></component></collectionBody>
    <components>
      <component eId="cmp_res_${number}">
        <statement name="resolution" xml:lang="en">
          <meta><identification source="#synthetic">
            <FRBRWork><FRBRauthor href="#itu-pp"/><FRBRnumber value="res-${number}" showAs="RESOLUTION ${number}"/></FRBRWork>
            <FRBRExpression><FRBRlanguage language="eng"/></FRBRExpression>
          </identification></meta>
          <preface>
            <longTitle><p><docType>RESOLUTION</docType> <docNumber>${number} (REV. ${revision.place.toUpperCase()}, ${revision.year})</docNumber></p></longTitle>
            <container name="title"><p>Synthetic work on ${escapeXml(subject)}</p></container>
          </preface>
          <preamble>
            <formula name="enactingFormula"><p>The Plenipotentiary Conference (${revision.place}, ${revision.year}),</p></formula>
            <recitals eId="recs_recalling">
              <intro><p><i>recalling</i></p></intro>
              <recital eId="rec_1"><num>a)</num><p>${escapeXml(citations || 'the work of the Union')};</p></recital>
              <recital eId="rec_2"><num>b)</num><p>the needs of Member States in ${escapeXml(subject)},</p></recital>
            </recitals>
          </preamble>
          <mainBody>
            <hcontainer name="resolves" eId="hcont_resolves">
              <heading><i>resolves</i></heading>
              <paragraph eId="para_1"><num>1</num><content><p>to continue the work on ${escapeXml(subject)};</p></content></paragraph>
            </hcontainer>
            <hcontainer name="instructs_the_council" eId="hcont_instructs">
              <heading><i>instructs the Council</i></heading>
              <paragraph eId="para_1"><num>1</num><content><p>to direct the ${group}, with open consultation to all stakeholders, to hold open consultation meetings before each of its meetings;</p></content></paragraph>
              <paragraph eId="para_2"><num>2</num><content><p>to report on the implementation of this resolution;</p></content></paragraph>
            </hcontainer>
          </mainBody>
        </statement>
      </component>
    </components>
  </documentCollection>
</akomaNtoso>
`;
}

interface ReportPlan {
  group: string;
  groupIndex: number;
  meeting: number;
  subject: string;
}

function report(plan: ReportPlan, next: () => number, resolutions: number): string {
  const { group, meeting, subject } = plan;
  // Meeting m of a group is held three months after meeting m-1, so each consultation opens in its own month.
  const monthIndex = 2015 * 12 + plan.groupIndex % 12 + 3 * meeting;
  const year = Math.floor(monthIndex / 12);
  const month = monthIndex % 12;
  const previous = monthIndex - 3;
  const [a, b, c, d] = [1 + Math.floor(next() * 9), Math.floor(next() * 9), Math.floor(next() * 5), 1 + Math.floor(next() * 12)];
  const registered = 40 + Math.floor(next() * 160);
  const cited = () => FIRST_RESOLUTION + Math.floor(next() * resolutions);
  const revision = REVISIONS[Math.floor(next() * REVISIONS.length)];
  const actions = 2 + Math.floor(next() * 4);
  const assignees = ['The Secretariat will', 'The Directors of the three Bureaux are invited to', 'BDT will', 'TSB will', 'BR will'];
  const lines = [
    `Report by the Chair of the Council Working Group on ${subject[0].toUpperCase()}${subject.slice(1)} (${group})`,
    '',
    '1\tIntroduction',
    `1.1\tCouncil Resolution ${FIRST_COUNCIL_RESOLUTION + plan.groupIndex} (Rev. 2024) established the ${group}, open to Member States only, with open consultation with all stakeholders.`,
    '2\tActivities',
    `2.1\tThe ${ordinal(meeting)} meeting of ${group} was held virtually on 10-11 ${MONTHS[month]} ${year}.`,
    `2.2\tThe ${ordinal(meeting)} meeting received ${3 + Math.floor(next() * 20)} contributions. The meeting also discussed the results of the open consultation on "${subject} in practice ${meeting}", launched by the ${ordinal(meeting - 1)} meeting and held from ${MONTHS[(previous + 1) % 12]} to ${MONTHS[(monthIndex - 1) % 12]} ${Math.floor((monthIndex - 1) / 12)}. A total of ${a + b + c + d} responses were received (${a} from governments, ${b} from private sector entities, ${c} from academia and ${d} from civil society).`,
    `2.3\tThe ${ordinal(meeting - 1)} physical open consultation meeting on the same topic took place on 2 ${MONTHS[(monthIndex - 1) % 12]} ${Math.floor((monthIndex - 1) / 12)} with more than ${registered} registered participants and ${Math.floor(registered / 2)} active participants.`,
    `2.4\tThe group agreed on the following actions at its ${ordinal(meeting)} meeting:`,
    ...Array.from({ length: actions }, (_, index) => {
      const task = TASKS[(index + meeting) % TASKS.length].replace('{s}', subject);
      return `2.4.${index + 1}\t${assignees[index % assignees.length]} ${task}, in line with Resolution ${cited()} (Rev. ${revision.place}, ${revision.year}).`;
    }),
    '3\tConclusion',
    '3.1\tThe Council is invited to take note of this report.',
    '',
  ];
  return lines.join('\n');
}

function note(language: 'fr' | 'es' | 'ru' | 'zh' | 'ar', number: number, council: number, index: number): string {
  const revision = REVISIONS[index % REVISIONS.length];
  const subject = SUBJECTS_ZH[index % SUBJECTS_ZH.length];
  switch (language) {
    case 'fr':
      return `Note d'information ${index}\n\n1\tLe secrétariat rappelle la Résolution ${number} (Rév. ${revision.fr}, ${revision.year}) et la Résolution ${council} du Conseil sur la coopération régionale.\n2\tLes États Membres sont invités à transmettre leurs observations.\n`;
    case 'es':
      return `Nota informativa ${index}\n\n1\tLa secretaría recuerda la Resolución ${number} (Rev. ${revision.es}, ${revision.year}) y la Resolución ${council} del Consejo sobre la cooperación regional.\n2\tSe invita a los Estados Miembros a enviar sus comentarios.\n`;
    case 'ru':
      return `Информационная записка ${index}\n\n1\tСекретариат напоминает о Резолюции ${number} (Пересм. ${revision.ru}, ${revision.year} г.) и о региональном сотрудничестве.\n2\tГосударствам-Членам предлагается представить свои замечания.\n`;
    case 'zh':
      return `资料说明 ${index}\n\n1\t秘书处回顾第${number}号决议（${revision.year}年，${revision.zh}，修订版）关于${subject}的内容。\n2\t请成员国提交意见。\n`;
    case 'ar':
      return `مذكرة إعلامية ${index}\n\n1\tتذكّر الأمانة بالقرار ${number} (المراجَع في ${revision.ar}، ${revision.year}) بشأن التعاون الإقليمي.\n2\tالدول الأعضاء مدعوة إلى تقديم ملاحظاتها.\n`;
  }
}

const NOTE_LANGUAGES = ['fr', 'es', 'ru', 'zh', 'ar'] as const;

/**
 * Writes `documents` files under `out`: a tenth resolutions, a tenth notes, the rest chair reports of
 * ten meetings per group. Files go into folders of at most a thousand.
 */
export function generateRepository(options: GenerateOptions): GeneratedRepository {
  if (!Number.isInteger(options.documents) || options.documents < 1) throw new Error(`--documents must be a positive whole number, got ${options.documents}`);
  if (!Number.isInteger(options.seed)) throw new Error(`--seed must be a whole number, got ${options.seed}`);
  const next = random(options.seed);
  const resolutions = Math.max(1, Math.floor(options.documents / 10));
  const notes = Math.floor(options.documents / 10);
  const reports = options.documents - resolutions - notes;
  const groups = Math.max(1, Math.ceil(reports / 10));
  const root = options.out;
  mkdirSync(root, { recursive: true });
  writeFileSync(join(root, 'mandate.json'), JSON.stringify({ id: `synthetic-${options.seed}`, title: `Synthetic repository (${options.documents} documents, seed ${options.seed})` }, null, 2));

  let written = 0;
  const write = (name: string, content: string) => {
    const folder = join(root, String(Math.floor(written / 1000)).padStart(3, '0'));
    if (written % 1000 === 0) mkdirSync(folder, { recursive: true });
    writeFileSync(join(folder, name), content);
    written++;
  };

  for (let index = 0; index < resolutions; index++) {
    const number = FIRST_RESOLUTION + index;
    const cites = Array.from({ length: 1 + Math.floor(next() * 3) }, () => FIRST_RESOLUTION + Math.floor(next() * resolutions)).filter((cited) => cited !== number);
    write(`res-${number}.xml`, resolutionXml(number, REVISIONS[index % REVISIONS.length], `CWG-${groupName(index % groups)}`, cites, SUBJECTS[index % SUBJECTS.length]));
  }
  for (let index = 0; index < reports; index++) {
    const groupIndex = index % groups;
    const plan = { group: `CWG-${groupName(groupIndex)}`, groupIndex, meeting: 2 + Math.floor(index / groups), subject: SUBJECTS[groupIndex % SUBJECTS.length] };
    write(`report-${String(index).padStart(6, '0')}.txt`, report(plan, next, resolutions));
  }
  for (let index = 0; index < notes; index++) {
    const language = NOTE_LANGUAGES[index % NOTE_LANGUAGES.length];
    write(`note-${String(index).padStart(6, '0')}-${language}.txt`, note(language, FIRST_RESOLUTION + Math.floor(next() * resolutions), FIRST_COUNCIL_RESOLUTION + Math.floor(next() * groups), index));
  }
  return { root, files: written, resolutions, reports, notes, groups };
}
