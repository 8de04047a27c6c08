import { describe, expect, it } from 'vitest';
import { assigneesOf } from '../../src/report/assignees';
import { findDates } from '../../src/report/dates';
import { contributionsIn, participantsIn } from '../../src/report/meetings';
import { responsesIn } from '../../src/report/responses';

const dates = (s: string) => findDates(s).map((d) => ({ text: s.slice(d.start, d.end), from: d.from, to: d.to }));

describe('findDates', () => {
  it('reads Chinese dates and ranges', () => {
    expect(dates('于2021年9月23日和2022年1月19-20日举行')).toEqual([
      { text: '2021年9月23日', from: { year: 2021, month: 9, day: 23 }, to: null },
      { text: '2022年1月19-20日', from: { year: 2022, month: 1, day: 19 }, to: { year: 2022, month: 1, day: 20 } },
    ]);
    expect(dates('2022年1月19日至20日')[0]!.to).toEqual({ year: 2022, month: 1, day: 20 });
    expect(dates('2021年12月30日至2022年1月2日')[0]).toMatchObject({ from: { year: 2021, month: 12, day: 30 }, to: { year: 2022, month: 1, day: 2 } });
    expect(dates('2021年10月至12月举行')[0]).toMatchObject({ text: '2021年10月至12月', from: { month: 10, day: null }, to: { month: 12, day: null } });
    expect(dates('二〇二二年一月十一日')[0]!.from).toEqual({ year: 2022, month: 1, day: 11 });
    expect(dates('（2018年，迪拜，修订版）')).toEqual([]);
  });

  it('reads English dates and ranges', () => {
    expect(dates('on 23 September 2021')[0]!.from).toEqual({ year: 2021, month: 9, day: 23 });
    expect(dates('on 19-20 January 2022')[0]!.to).toEqual({ year: 2022, month: 1, day: 20 });
    expect(dates('30 November - 2 December 2022')[0]).toMatchObject({ from: { month: 11, day: 30 }, to: { month: 12, day: 2 } });
    expect(dates('January 19-20, 2022')[0]).toMatchObject({ from: { month: 1, day: 19 }, to: { day: 20 } });
    expect(dates('held from March to June 2022')[0]).toMatchObject({ text: 'March to June 2022', from: { year: 2022, month: 3, day: null }, to: { month: 6 } });
    expect(dates('in October 2022')[0]!.from).toEqual({ year: 2022, month: 10, day: null });
    expect(dates('the group may 2022')).toEqual([]);
  });
});

describe('counts', () => {
  it('reads contributions received', () => {
    expect(contributionsIn('CWG-Internet第十六次会议收到5份文稿。')).toBe(5);
    expect(contributionsIn('会议收到七份文稿。')).toBe(7);
    expect(contributionsIn('The meeting received four contributions.')).toBe(4);
    expect(contributionsIn('12 contributions were received.')).toBe(12);
    expect(contributionsIn('收到了17份回复')).toBeNull();
  });

  it('reads registered and active participants, with "more than N"', () => {
    expect(participantsIn('有150多名注册与会者和75多名与会者参加。')).toEqual({ registered: { value: 150, atLeast: true }, participants: { value: 75, atLeast: true } });
    expect(participantsIn('有111名注册与会者和60多名积极的与会者通过在线平台参加。')).toEqual({ registered: { value: 111, atLeast: false }, participants: { value: 60, atLeast: true } });
    expect(participantsIn('有超过200名注册与会者和逾90名与会者参加。')).toEqual({ registered: { value: 200, atLeast: true }, participants: { value: 90, atLeast: true } });
    expect(participantsIn('with more than 90 registered participants and 45 active participants')).toEqual({ registered: { value: 90, atLeast: true }, participants: { value: 45, atLeast: false } });
    expect(participantsIn('75+ participants')).toEqual({ registered: null, participants: { value: 75, atLeast: true } });
    expect(participantsIn('收到了17份回复（来自5个政府）')).toEqual({ registered: null, participants: null });
  });

  it('reads responses by category and notes a total that does not add up', () => {
    expect(responsesIn('收到了17份回复（来自5个政府、1个私营部门实体、10个民间社会代表和1个国际组织）。')).toEqual({
      total: 17,
      byCategory: [
        { category: 'GOVERNMENT', count: 5 },
        { category: 'PRIVATE_SECTOR', count: 1 },
        { category: 'CIVIL_SOCIETY', count: 10 },
        { category: 'INTERNATIONAL_ORGANIZATION', count: 1 },
      ],
    });
    const r = responsesIn('共收到12份回复（来自3个政府和2个政府间组织）')!;
    expect(r.total).toBe(12);
    expect(r.byCategory).toEqual([{ category: 'GOVERNMENT', count: 3 }, { category: 'INTERNATIONAL_ORGANIZATION', count: 2 }]);
    expect(r.categorized).toBe(5);
    expect(r.note).toMatch(/12.*5/);
    expect(responsesIn('A total of 9 responses were received (2 from industry associations, 3 from the technical community and 4 individuals).')).toEqual({
      total: 9,
      byCategory: [
        { category: 'INDUSTRY_ASSOCIATION', count: 2 },
        { category: 'TECHNICAL_COMMUNITY', count: 3 },
        { category: 'OTHER', count: 4 },
      ],
    });
  });
});

describe('assigneesOf', () => {
  const of = (s: string) => assigneesOf(s, 0, s.length);
  it('maps the addressees of an action', () => {
    expect(of('请国际电联各局主任在其工作中酌情考虑磋商回复。')).toEqual(['BUREAU_DIRECTORS']);
    expect(of('国际电联秘书处将于2021年10月启动公开磋商：')).toEqual(['SECRETARIAT']);
    expect(of('请总秘书处和电信标准化局提供支持。')).toEqual(['GENERAL_SECRETARIAT', 'TSB']);
    expect(of('请秘书长和无线电通信局、电信发展局报告。')).toEqual(['SECRETARY_GENERAL', 'BR', 'BDT']);
    expect(of('请成员国提交文稿。')).toEqual(['MEMBER_STATES']);
    expect(of('The Directors of the three Bureaux and the BR are invited to act.')).toEqual(['BUREAU_DIRECTORS', 'BR']);
    expect(of('The Secretary-General will ask the General Secretariat.')).toEqual(['SECRETARY_GENERAL', 'GENERAL_SECRETARIAT']);
  });

  it('ignores recipients, quoted titles and other bodies\' officials', () => {
    expect(of('国际电联秘书处应介绍与第133号决议“成员国主管部门在国际化域名管理中的作用”相关的活动，包括即将提交给2022年理事会的报告。')).toEqual(['SECRETARIAT']);
    expect(of('请秘书长将本报告转交联合国秘书长。')).toEqual(['SECRETARY_GENERAL']);
    expect(of('The summary will be submitted to the Council.')).toEqual(['GROUP']);
    expect(of('The bridge (a brand) will be built.')).toEqual(['GROUP']);
  });
});
