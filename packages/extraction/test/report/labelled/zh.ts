import type { LabelledReport } from './case';

export const zh: LabelledReport[] = [
  {
    language: 'zh', about: '分别举行的两次会议与两个日期',
    text: '儿童在线保护理事会工作组（CWG-COP）主席的报告\n\n1. CWG-COP第十五次和第十六次会议分别于2019年9月26日和2020年2月4日举行。',
    meetings: [{ id: 'CWG-COP-15', dates: ['2019-09-26', '2019-09-26'] }, { id: 'CWG-COP-16', dates: ['2020-02-04', '2020-02-04'] }],
  },
  {
    language: 'zh', about: '虚拟会议、日期范围、注册与会者',
    text: 'CWG-Internet\n\n2. CWG-Internet第十七次会议于2022年1月19-20日以虚拟方式举行，有150多名注册与会者。',
    meetings: [{ id: 'CWG-INTERNET-17', dates: ['2022-01-19', '2022-01-20'], format: 'VIRTUAL', registered: { value: 150, atLeast: true } }],
  },
  {
    language: 'zh', about: '线上线下相结合与文稿',
    text: 'CWG-WSIS&SDG\n\n3. CWG-WSIS&SDG第三十八次会议于2023年1月31日至2月1日以线上线下相结合的方式举行。会议收到12份文稿。',
    meetings: [{ id: 'CWG-WSIS&SDG-38', dates: ['2023-01-31', '2023-02-01'], format: 'HYBRID', contributions: 12 }],
  },
  {
    language: 'zh', about: '公开磋商会议',
    text: 'CWG-Internet\n\n4. CWG-Internet第十次在线公开磋商会议于2021年3月3日举行。',
    meetings: [{ id: 'CWG-INTERNET-OC-10', dates: ['2021-03-03', '2021-03-03'], format: 'VIRTUAL' }],
  },
  {
    language: 'zh', about: '会议数目与国家数目不是事实',
    text: 'EG-ITR\n\n5. 2021年共举行了三次会议，150个国家参加了讨论。',
    meetings: [],
  },
  {
    language: 'zh', about: '以会议为标题的段落',
    text: 'CWG-FHR主席的报告\n\n第十四次会议\n\n会议于2022年6月9日在日内瓦举行。约45名与会者出席。',
    meetings: [{ id: 'CWG-FHR-14', dates: ['2022-06-09', '2022-06-09'], participants: { value: 45, atLeast: false } }],
  },
  {
    language: 'zh', about: '启动磋商、回复截止日期与按类别的回复',
    text: 'CWG-Internet\n\n1. 小组决定于2021年10月1日启动关于“扩大互联网连接”的公开磋商。回复截止日期为2021年12月3日。\n\n2. 小组讨论了关于“扩大互联网连接”的公开磋商的结果。共收到25份回复，其中10个政府、8个私营部门实体和7个民间社会组织。',
    meetings: [],
    consultations: [{ id: 'CWG-INTERNET-CONS-2021-10', topic: '扩大互联网连接', opens: '2021-10-01', closes: '2021-12-03', responses: '25 GOVERNMENT:10 PRIVATE_SECTOR:8 CIVIL_SOCIETY:7' }],
  },
  {
    language: 'zh', about: '提到磋商但没有举行',
    text: 'CWG-COP\n\n6. 成员们回顾了与所有利益攸关方进行公开磋商的价值。',
    meetings: [],
    consultations: [],
  },
  {
    language: 'zh', about: '会议批准的行动，理事会是接收方',
    text: 'CWG-Internet\n\n2. 该组在第十七次会议上批准的行动包括：\n2.1 秘书处将编写回复摘要。\n2.2 各局主任将向理事会报告。',
    meetings: [{ id: 'CWG-INTERNET-17' }],
    actions: [{ id: 'CWG-INTERNET-17/2.1', assignees: ['SECRETARIAT'] }, { id: 'CWG-INTERNET-17/2.2', assignees: ['BUREAU_DIRECTORS'] }],
  },
];
