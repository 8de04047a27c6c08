import { describe, expect, it } from 'vitest';
import { parseAkomaNtoso } from '../../src/akn';
import { extractDocument } from '../../src/document';

/**
 * Akoma Ntoso beyond the PP-18 Final Acts: AKN4UN statements whose preamble is written in containers and
 * lists, documents that are not instruments (in `<doc>`, `<act>`, `<debate>`), prefixed and default
 * namespaces, collections mixing both. Every fixture is written here; none is a corpus file.
 */
const NS = 'http://docs.oasis-open.org/legaldocml/ns/akn/3.0';

const meta = (author: string, number: string | null, language: string | null) => `
    <meta><identification source="#x"><FRBRWork><FRBRauthor href="${author}"/>${number ? `<FRBRnumber value="${number}"/>` : ''}</FRBRWork>
    ${language ? `<FRBRExpression><FRBRlanguage language="${language}"/></FRBRExpression>` : ''}</identification></meta>`;

/** A Council resolution in AKN4UN's style: preamble paragraphs as <container>s, a lettered <blockList>. */
const COUNCIL_STATEMENT = `<?xml version="1.0" encoding="UTF-8"?>
<akomaNtoso xmlns="${NS}">
  <statement name="resolution">${meta('#itu-council', 'res-1390', 'eng')}
    <preface>
      <p><docType>RESOLUTION</docType> <docNumber>1390</docNumber></p>
      <container name="title"><p>Council Working Group on languages</p></container>
    </preface>
    <preamble>
      <formula name="enactingFormula"><p>The Council,</p></formula>
      <container name="considering"><p><i>considering</i></p></container>
      <blockList eId="preamble__list_1">
        <item eId="preamble__list_1__item_a"><num>a)</num><p>Resolution 154 (Rev. Dubai, 2018) of the Plenipotentiary Conference;</p></item>
        <item eId="preamble__list_1__item_b"><num>b)</num><p>Council Resolution 1372 on the use of the six official languages;</p></item>
      </blockList>
      <container name="noting"><p><i>noting</i></p></container>
      <container eId="preamble__container_3"><p>that Resolution 1238 of the Council established the group,</p></container>
    </preamble>
    <mainBody>
      <hcontainer name="resolves" eId="hcont_resolves">
        <heading><i>resolves</i></heading>
        <paragraph eId="para_1"><num>1</num><content><p>that the Council Working Group on Languages shall continue its work;</p></content></paragraph>
        <section eId="sec_1"><paragraph eId="para_2"><num>2</num><content><p>that it shall report to the Council each year;</p></content></paragraph></section>
        <tabled eId="tabled_1"><p>3 that its terms of reference are those in the Annex.</p></tabled>
      </hcontainer>
    </mainBody>
    <conclusions><p>Geneva, 2022</p></conclusions>
    <attachments><attachment><doc name="annex">
      <preface><p><docTitle>Terms of reference</docTitle></p></preface>
      <mainBody><paragraph eId="annex_para_1"><num>1</num><content><p>The group shall meet twice a year.</p></content></paragraph></mainBody>
    </doc></attachment></attachments>
  </statement>
</akomaNtoso>`;

/** A plenary working group's document: akn:-prefixed, a `<doc>` whose number is no instrument number. */
const PLENARY_DOCUMENT = `<?xml version="1.0" encoding="UTF-8"?>
<akn:akomaNtoso xmlns:akn="${NS}">
  <akn:doc name="document" xml:lang="en">
    <akn:meta><akn:identification source="#x"><akn:FRBRWork><akn:FRBRauthor href="#itu-pp"/></akn:FRBRWork></akn:identification></akn:meta>
    <akn:preface>
      <akn:p><akn:docNumber>GT-PLEN/A (Antalya, 2006)</akn:docNumber></akn:p>
      <akn:p><akn:docTitle>Report of the Working Group of the Plenary</akn:docTitle></akn:p>
    </akn:preface>
    <akn:mainBody>
      <akn:hcontainer name="introduction" eId="hcont_1">
        <akn:num>1</akn:num><akn:heading>Introduction</akn:heading>
        <akn:paragraph eId="para_1_1"><akn:num>1.1</akn:num><akn:content><akn:p>The group met three times to review Resolutions 101 and 102.<akn:authorialNote marker="1"><akn:p>See Document 45.</akn:p></akn:authorialNote></akn:p></akn:content></akn:paragraph>
        <akn:paragraph eId="para_1_2"><akn:num>1.2</akn:num><akn:content><akn:p>It proposes to revise Resolution 133 (Rev. Marrakesh, 2002).</akn:p></akn:content></akn:paragraph>
      </akn:hcontainer>
      <akn:hcontainer name="conclusions" eId="hcont_2">
        <akn:num>2</akn:num><akn:heading>Conclusions</akn:heading>
        <akn:blockList eId="list_1">
          <akn:listIntroduction>The group recommends:</akn:listIntroduction>
          <akn:item><akn:num>a)</akn:num><akn:p>to adopt the draft revision;</akn:p></akn:item>
          <akn:item><akn:num>b)</akn:num><akn:p>to report to the Plenary.</akn:p></akn:item>
        </akn:blockList>
      </akn:hcontainer>
    </akn:mainBody>
  </akn:doc>
</akn:akomaNtoso>`;

describe('an AKN4UN statement with its preamble in containers and lists', () => {
  it('keeps every preamble paragraph as a recital, under the intro that opens it', async () => {
    const [doc, ...others] = parseAkomaNtoso(COUNCIL_STATEMENT);
    expect(others).toEqual([]);
    const recitals = doc!.instrument!.recitals.map((recital) => [recital.intro, recital.label, recital.text]);
    expect(recitals).toEqual([
      ['considering', 'a)', 'Resolution 154 (Rev. Dubai, 2018) of the Plenipotentiary Conference;'],
      ['considering', 'b)', 'Council Resolution 1372 on the use of the six official languages;'],
      ['noting', null, 'that Resolution 1238 of the Council established the group,'],
    ]);
    for (const paragraph of doc!.paragraphs) expect(doc!.text.slice(paragraph.start, paragraph.end)).toBe(paragraph.text);

    const [facts] = await extractDocument(COUNCIL_STATEMENT, { path: 'res-1390.xml', format: 'xml' });
    const cited = facts!.citations.map((citation) => [citation.resolution, citation.paragraph]);
    expect(cited).toEqual(expect.arrayContaining([['PP-RES-154', 'recital/1'], ['C-RES-1372', 'recital/2'], ['C-RES-1238', 'recital/3']]));
  });

  it('reads a clause in a <section>, keeps and reports an element it has no rule for, and keeps the attachments and conclusions', () => {
    const [doc] = parseAkomaNtoso(COUNCIL_STATEMENT);
    expect(doc!.instrument!.operativeClauses.map((clause) => [clause.source.paragraph, clause.text])).toEqual([
      ['resolves/1', 'that the Council Working Group on Languages shall continue its work;'],
      ['resolves/2', 'that it shall report to the Council each year;'],
      ['resolves/3', 'that its terms of reference are those in the Annex.'],
    ]);
    expect(doc!.notices).toEqual(['C-RES-1390: 1 element the instrument reader has no rule for, kept as text: <tabled> in the main body (read as a clause)']);
    expect(doc!.paragraphs.slice(-3).map((paragraph) => [paragraph.number, paragraph.text])).toEqual([
      [null, 'Terms of reference'], ['annex/1', 'The group shall meet twice a year.'], ['back-matter/1', 'Geneva, 2022'],
    ]);
  });
});

describe('AKN documents that are not instruments', () => {
  it('reads a prefixed <doc> numbered "GT-PLEN/A (Antalya, 2006)" as headings, paragraphs and footnotes', async () => {
    const [doc, ...others] = parseAkomaNtoso(PLENARY_DOCUMENT);
    expect(others).toEqual([]);
    expect(doc).toMatchObject({ name: null, language: 'en', instrument: null, issuer: 'PP', title: 'Report of the Working Group of the Plenary' });
    expect(doc!.notices).toEqual([expect.stringMatching(/^<akn:doc> at line 3 \(akomaNtoso\/doc\) is read as a document, not an instrument: its number "GT-PLEN\/A \(Antalya, 2006\)" is not an instrument number; its 10 paragraphs are kept as text$/)]);
    expect(doc!.paragraphs.map((paragraph) => [paragraph.number, paragraph.role ?? 'BODY', paragraph.text])).toEqual([
      [null, 'BODY', 'GT-PLEN/A (Antalya, 2006)'],
      [null, 'BODY', 'Report of the Working Group of the Plenary'],
      ['1', 'HEADING', 'Introduction'],
      ['1.1', 'BODY', 'The group met three times to review Resolutions 101 and 102.'],
      ['1.2', 'BODY', 'It proposes to revise Resolution 133 (Rev. Marrakesh, 2002).'],
      ['2', 'HEADING', 'Conclusions'],
      [null, 'BODY', 'The group recommends:'],
      ['a)', 'BODY', 'to adopt the draft revision;'],
      ['b)', 'BODY', 'to report to the Plenary.'],
      ['1', 'FOOTNOTE', 'See Document 45.'],
    ]);
    for (const paragraph of doc!.paragraphs) expect(doc!.text.slice(paragraph.start, paragraph.end)).toBe(paragraph.text);

    // It is read as a report: the document's issuer settles the bare "Resolutions 101 and 102".
    const [facts] = await extractDocument(PLENARY_DOCUMENT, { path: 'gt-plen-a.xml', format: 'xml' });
    expect(facts!.report).not.toBeNull();
    expect(facts!.notices).toEqual(doc!.notices);
    expect(facts!.citations.map((citation) => [citation.resolution, citation.paragraph])).toEqual([
      ['PP-RES-101', '1.1'], ['PP-RES-102', '1.1'], ['PP-RES-133', '1.2'],
    ]);
  });

  it('reads an <act> with chapters and articles in a body, telling its language from the text when none is declared', async () => {
    const act = `<akomaNtoso xmlns="${NS}"><act name="reglamento">${meta('#secretaria', null, null)}
      <preface><longTitle><p>Reglamento interno de los grupos de trabajo</p></longTitle></preface>
      <body>
        <chapter eId="chp_1"><num>Capítulo I</num><heading>Disposiciones generales</heading>
          <article eId="art_1"><num>Artículo 1</num><heading>Objeto</heading>
            <paragraph eId="art_1__para_1"><num>1.</num><content><p>El presente reglamento se aplica a los grupos de trabajo del Consejo y a sus reuniones.</p></content></paragraph>
            <paragraph eId="art_1__para_2"><num>2.</num><content><p>Las reuniones se celebrarán en los seis idiomas oficiales de la Unión.</p></content></paragraph>
          </article>
        </chapter>
      </body></act></akomaNtoso>`;
    const [doc] = parseAkomaNtoso(act);
    expect(doc).toMatchObject({ instrument: null, issuer: null, language: null, title: 'Reglamento interno de los grupos de trabajo' });
    expect(doc!.notices[0]).toMatch(/is read as a document, not an instrument: it prints no instrument number/);
    expect(doc!.paragraphs.filter((paragraph) => paragraph.role === 'HEADING').map((paragraph) => paragraph.text))
      .toEqual(['Capítulo I Disposiciones generales', 'Artículo 1 Objeto']);
    expect(doc!.paragraphs.filter((paragraph) => paragraph.number).map((paragraph) => paragraph.number)).toEqual(['1', '2']);
    const [facts] = await extractDocument(act, { path: 'reglamento.xml', format: 'xml' });
    expect(facts!.language).toBe('es');
  });

  it('keeps every speech of a Chinese <debate>, with who spoke', () => {
    const debate = `<akomaNtoso xmlns="${NS}"><debate name="summaryRecord" xml:lang="zh">${meta('#itu-council', null, null)}
      <preface><p><docTitle>理事会第三次全体会议简要记录</docTitle></p></preface>
      <debateBody><debateSection name="item" eId="dbsect_1"><heading>议项 2</heading>
        <speech by="#chair"><from>主席</from><p>宣布会议开幕。</p></speech>
        <speech by="#china"><from>中国</from><p>支持第102号决议的修订。</p></speech>
      </debateSection></debateBody></debate></akomaNtoso>`;
    const [doc] = parseAkomaNtoso(debate);
    expect(doc).toMatchObject({ language: 'zh', issuer: 'C', title: '理事会第三次全体会议简要记录' });
    expect(doc!.paragraphs.map((paragraph) => paragraph.text)).toEqual(['理事会第三次全体会议简要记录', '议项 2', '主席', '宣布会议开幕。', '中国', '支持第102号决议的修订。']);
  });

  it('reads a Russian collection of an instrument and a document as two documents, each named', () => {
    const collection = `<akomaNtoso xmlns="${NS}"><documentCollection name="outcome">${meta('#itu-pp', null, 'rus')}
      <collectionBody><component eId="cmp_nav"><componentRef src="#cmp_dec_5" showAs="РЕШЕНИЯ"/></component></collectionBody>
      <components>
        <component eId="cmp_dec_5"><statement name="decision">${meta('#itu-pp', 'dec-5', 'rus')}
          <preface><p><docType>РЕШЕНИЕ</docType> <docNumber>5 (ПЕРЕСМ. ДУБАЙ, 2018 Г.)</docNumber></p></preface>
          <mainBody><paragraph eId="para_1"><num>1</num><content><p>утвердить доходы и расходы Союза;</p></content></paragraph></mainBody>
        </statement></component>
        <component eId="cmp_report"><doc name="report">${meta('#itu-pp', null, 'rus')}
          <mainBody><p>Доклад Председателя Рабочей группы Пленарного заседания.</p></mainBody>
        </doc></component>
      </components></documentCollection></akomaNtoso>`;
    const docs = parseAkomaNtoso(collection);
    expect(docs.map((doc) => [doc.name, doc.language, doc.instrument?.id ?? null])).toEqual([
      ['dec-5', 'ru', 'PP-DEC-5'],
      ['cmp_report', 'ru', null],
    ]);
    expect(docs[0]!.instrument!.revision).toMatchObject({ label: 'Rev. Dubai, 2018', year: 2018 });
    expect(docs[0]!.notices).toEqual([]);
    expect(docs[1]!.notices[0]).toMatch(/^<doc> at line \d+ \(cmp_report\/doc\) is read as a document, not an instrument: it prints no instrument number/);
    expect(docs[1]!.paragraphs.map((paragraph) => paragraph.text)).toEqual(['Доклад Председателя Рабочей группы Пленарного заседания.']);
  });
});
