import { describe, expect, it } from 'vitest';
import {
  activityTypeOf, coveringActivities, formatActivityId, formatConsultationId, formatMeetingId, formatResolutionId, formatSeriesId,
  groupOf, isGroupId, parseActivityId, parseDocumentId, parseResolutionId, resolutionSortKey, INSTRUMENT_KINDS, ISSUERS,
} from '../src';

// Every id form of the contract (and the undated consultation, the project's own), with what it names.
const ACTIVITIES: [string, string][] = [
  ['CWG-INTERNET', 'Group'],
  ['WG-WSIS&SDG', 'Group'],
  ['CWG-INTERNET-16', 'Meeting'],
  ['CWG-INTERNET-OC-9', 'Meeting'],
  ['CWG-INTERNET-OC', 'MeetingSeries'],
  ['CWG-INTERNET-CONS', 'ConsultationSeries'],
  ['CWG-INTERNET-CONS-2021-10', 'Consultation'],
  ['CWG-INTERNET-CONS-UNDATED-1', 'Consultation'],
  ['CWG-INTERNET-16/2.5.1', 'Action'],
  ['CWG-INTERNET-OC-9/3', 'Action'],
];

describe('the contract ids', () => {
  it('parse every activity form to its type, and format back to the same id', () => {
    for (const [id, type] of ACTIVITIES) {
      const parsed = parseActivityId(id);
      expect(parsed?.type, id).toBe(type);
      expect(formatActivityId(parsed!), id).toBe(id);
      expect(activityTypeOf(id)).toBe(type);
    }
  });

  it('reads an undated consultation as a consultation of its group, never as a meeting of a group "…-CONS-UNDATED"', () => {
    expect(parseActivityId('CWG-WSIS-CONS-UNDATED-2')).toEqual({ type: 'Consultation', group: 'CWG-WSIS', opened: null, undated: 2 });
    expect(groupOf('CWG-WSIS-CONS-UNDATED-2')).toBe('CWG-WSIS');
    expect(coveringActivities('CWG-WSIS-CONS-UNDATED-2')).toEqual(['CWG-WSIS-CONS', 'CWG-WSIS']);
  });

  it('builds ids from their parts as extraction does', () => {
    expect(formatMeetingId('CWG-INTERNET', 'GROUP_MEETING', 17)).toBe('CWG-INTERNET-17');
    expect(formatMeetingId('CWG-INTERNET', 'OPEN_CONSULTATION_MEETING', 10)).toBe('CWG-INTERNET-OC-10');
    expect(formatSeriesId('CWG-COP', 'ConsultationSeries')).toBe('CWG-COP-CONS');
    expect(formatConsultationId('CWG-INTERNET', '2021-10-01', 1)).toBe('CWG-INTERNET-CONS-2021-10');
    expect(formatConsultationId('CWG-INTERNET', null, 3)).toBe('CWG-INTERNET-CONS-UNDATED-3');
  });

  it('says what a mandate on an activity also covers', () => {
    expect(coveringActivities('CWG-INTERNET-16')).toEqual(['CWG-INTERNET']);
    expect(coveringActivities('CWG-INTERNET-OC-9')).toEqual(['CWG-INTERNET-OC', 'CWG-INTERNET']);
    expect(coveringActivities('CWG-INTERNET-CONS-2021-10')).toEqual(['CWG-INTERNET-CONS', 'CWG-INTERNET']);
    expect(coveringActivities('CWG-INTERNET-16/2.5.1')).toEqual(['CWG-INTERNET-16', 'CWG-INTERNET']);
    expect(coveringActivities('CWG-INTERNET')).toEqual([]);
  });

  it('refuses what no form matches', () => {
    for (const id of ['cwg-internet', 'CWG', 'CWG-INTERNET-CONS-2021-13', 'CWG-INTERNET-16/', 'CWG-INTERNET/2.5', '', 'PP-RES-102 ']) {
      expect(parseActivityId(id), id).toBeNull();
    }
    expect(isGroupId('CWG-INTERNET')).toBe(true);
    expect(isGroupId('CWG-INTERNET-16')).toBe(false);
  });

  it('parse and format every resolution issuer and kind, and sort by number', () => {
    for (const issuer of ISSUERS) {
      for (const kind of INSTRUMENT_KINDS) {
        const id = `${issuer}-${kind}-102`;
        expect(formatResolutionId(parseResolutionId(id)!)).toBe(id);
      }
    }
    expect(parseResolutionId('PP-RES-102')).toEqual({ issuer: 'PP', kind: 'RES', number: 102 });
    expect(parseResolutionId('XX-RES-1')).toBeNull();
    expect(['PP-RES-10', 'PP-RES-2'].sort((a, b) => resolutionSortKey(a).localeCompare(resolutionSortKey(b)))).toEqual(['PP-RES-2', 'PP-RES-10']);
  });

  it('split a document id into its repository and name', () => {
    expect(parseDocumentId('pp18-final-acts/res-102')).toEqual({ repository: 'pp18-final-acts', name: 'res-102' });
    expect(parseDocumentId('itu-council/reports/17')).toEqual({ repository: 'itu-council', name: 'reports/17' });
    expect(parseDocumentId('no-slash')).toBeNull();
  });
});
