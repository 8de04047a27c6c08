import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readDocumentText, type DocumentFormat } from '../../src';
import { CORPUS, hasCorpus } from '../../../../test/support/corpus';

const title = (text: string, format: DocumentFormat = 'txt') => readDocumentText(new TextEncoder().encode(text), { path: 'x', format, language: 'en' })[0]!.title;

describe('the title a text gives itself', () => {
  it('is its first lines up to a blank line, joined as one, when the layout broke one title over lines', () => {
    expect(title('Report of the Chair of the Council Working Group\non Child Online Protection\n\n1\tIntroduction')).toBe('Report of the Chair of the Council Working Group on Child Online Protection');
    expect(title('理事会儿童在线保护\n工作组主席的报告\n\n1\t引言')).toBe('理事会儿童在线保护工作组主席的报告');
    expect(title('## Rapport du Président\n\nTexte.', 'md')).toBe('Rapport du Président');
  });

  it('is its first line alone when what follows is the body: numbered paragraphs, or many lines', () => {
    expect(title('Summary of the discussion\n1.1\tThe group met.\n1.2\tIt agreed.')).toBe('Summary of the discussion');
    expect(title('One\nTwo\nThree\nFour\n')).toBe('One');
  });

  it.skipIf(!hasCorpus)('is the whole title of the real Chinese chair report, printed over two lines', () => {
    const [document] = readDocumentText(readFileSync(join(CORPUS, 'itu-council/000_8f73a2edc1468054.txt')), { path: 'report.txt', format: 'txt' });
    expect(document!.title).toBe('理事会国际互联网相关公共政策问题工作组（CWG-Internet）主席的报告');
  });
});
