import type { ConsultationFact, StakeholderCategory } from '../types';
import { CATEGORY_WORDS, alternation } from './lexicon';
import { NUMBER_SOURCE, WORD_NUMBER_SOURCE, parseNumber } from './numerals';

export type Responses = NonNullable<ConsultationFact['responses']>;

const NUMBER = `(${NUMBER_SOURCE}|${WORD_NUMBER_SOURCE}|\\d[\\d,]*)`;
const TOTALS = [
  // 收到了17份回复 / 共收到20份答复
  new RegExp(`收到(?:了)?\\s*${NUMBER}\\s*(?:多|余)?\\s*(?:份|条|个|项)\\s*(?:回复|答复|回应|反馈|意见)`),
  // received 12 responses / received a total of 12 written contributions
  new RegExp(`\\breceiv(?:ed|ing)\\s+(?:a total of\\s+)?${NUMBER}\\s+(?:written\\s+)?(?:responses|replies|submissions|contributions|inputs)\\b`, 'i'),
  // 12 responses were received
  new RegExp(`\\b${NUMBER}\\s+(?:written\\s+)?(?:responses|replies|submissions|contributions|inputs)\\s+(?:were|had been)\\s+(?:received|submitted)\\b`, 'i'),
  // a reçu 12 réponses / 12 réponses ont été reçues / se recibieron 12 respuestas / получено 12 ответов / تلقى 12 رداً
  /(?:reçu|recibi[óo]|recibieron|получен\p{L}*|поступил\p{L}*|تلقى|تلقت|ورد|وردت|تم تلقي)\s+(\d+)\s+(?:réponses|contributions|respuestas|contribuciones|ответ\p{L}*|вклад\p{L}*|رد[\p{L}\p{M}]*|ردود|مساهم[\p{L}\p{M}]*)/iu,
  /(\d+)\s+(?:réponses|respuestas)\s+(?:ont été|han sido|fueron)\s+(?:reçues|recibidas|soumises|presentadas)/iu,
];

const CATEGORY_ORDER = Object.keys(CATEGORY_WORDS) as StakeholderCategory[];
const CATEGORY_INDEX = new Map<string, StakeholderCategory>();
for (const category of CATEGORY_ORDER) for (const word of CATEGORY_WORDS[category]) CATEGORY_INDEX.set(word.toLowerCase().replace(/\s+/g, ' '), category);
// "5个政府", "1个私营部门实体", "3 from governments", "4 governments", "2 civil-society organizations".
const BREAKDOWN = new RegExp(
  `${NUMBER}\\s*(?:个|家|名|份|位|条)?\\s*(?:来自)?\\s*(?:(?:responses?|replies|submissions)\\s+)?(?:(?:came\\s+)?from\\s+|by\\s+|de\\s+|des\\s+|du\\s+|del\\s+|de\\s+la\\s+|de\\s+los\\s+|от\\s+|من\\s+)?(?:the\\s+|la\\s+|les\\s+|los\\s+|las\\s+|el\\s+)?(${alternation([...CATEGORY_INDEX.keys()])})(?![A-Za-z])`,
  'gi',
);

/**
 * The responses a consultation received, as one sentence reports them: a total and, after it,
 * a breakdown by stakeholder category. A stated total that differs from the breakdown is kept
 * (it is what the report says) and the difference is noted.
 */
export function responsesIn(sentence: string): Responses | null {
  for (const re of TOTALS) {
    const match = re.exec(sentence);
    if (!match) continue;
    const total = parseNumber(match[1]!);
    if (total === null) continue;
    const rest = sentence.slice(match.index + match[0].length);
    const counts = new Map<StakeholderCategory, number>();
    BREAKDOWN.lastIndex = 0;
    for (let b = BREAKDOWN.exec(rest); b; b = BREAKDOWN.exec(rest)) {
      const count = parseNumber(b[1]!);
      const category = CATEGORY_INDEX.get(b[2]!.toLowerCase().replace(/\s+/g, ' '));
      if (count === null || !category) continue;
      counts.set(category, (counts.get(category) ?? 0) + count);
    }
    const byCategory = CATEGORY_ORDER.filter((category) => counts.has(category)).map((category) => ({ category, count: counts.get(category)! }));
    const responses: Responses = { total, byCategory };
    const sum = byCategory.reduce((acc, entry) => acc + entry.count, 0);
    if (byCategory.length > 0 && sum !== total) {
      responses.categorized = sum;
      responses.note = `stated total ${total} differs from the sum of the categories (${sum}); the stated total is kept`;
    }
    return responses;
  }
  return null;
}
