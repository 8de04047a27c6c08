import { describe, expect, it } from 'vitest';
import { highlight } from '../src/graphql/highlight';
import { searchStems } from '../src/search/terms';

describe('highlight', () => {
  it('marks the whole word a stem is in, and only the stem inside a run of letters too long to be a word', () => {
    expect(highlight('Les Consultations ouvertes.', searchStems('consultation'))).toBe('Les <mark>Consultations</mark> ouvertes.');
    const garbled = `ҾⲴ${'Ҿ'.repeat(50)}resultatҾⲴ${'Ҿ'.repeat(50)}`;
    expect(highlight(garbled, searchStems('resultat'), 400)).toContain('<mark>resultat</mark>');
    expect(highlight('工作组讨论了互联网对环境的影响。', searchStems('环境'))).toBe('工作组讨论了互联网对<mark>环境</mark>的影响。');
  });
});
