import { describe, expect, it } from 'vitest';
import { AknError, isAkomaNtoso, parseAkomaNtoso } from '../../src/akn';

const NS = 'http://docs.oasis-open.org/legaldocml/ns/akn/3.0';

/** A small collection in the shape of the PP-18 Final Acts, with the same kinds of noise. */
function collection(author = '#itu-pp', language = 'eng'): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<akomaNtoso xmlns="${NS}">
  <documentCollection name="finalActs" xml:lang="en">
    <meta><identification source="#x"><FRBRWork><FRBRauthor href="${author}"/></FRBRWork></identification></meta>
    <collectionBody>
      <component eId="cmp_resolutions"><componentRef src="#cmp_resolutions" showAs="RESOLUTIONS"/></component>
    </collectionBody>
    <components>
      <component eId="cmp_res_900">
        <statement name="resolution" xml:lang="en">
          <meta><identification source="#x">
            <FRBRWork><FRBRauthor href="${author}"/><FRBRnumber value="res-900" showAs="RESOLUTION 900 (REV. DUBAI, 2018)"/></FRBRWork>
            <FRBRExpression><FRBRlanguage language="${language}"/></FRBRExpression>
          </identification></meta>
          <preface>
            <longTitle><p><docType>RESOLUTION</docType> <docNumber>900 (REV. DUBAI, 2018)</docNumber></p></longTitle>
            <container name="title"><p>Help for developing countries1</p></container>
          </preface>
          <preamble>
            <formula name="enactingFormula"><p>The Plenipotentiary Conference (Dubai, 2018),</p></formula>
            <recitals eId="recs_considering">
              <intro><p><i>considering</i></p></intro>
              <recital eId="rec_1"><p>a) the needs of developing countries1;</p></recital>
              <recital eId="rec_2"><num>b)</num><p>the budget, ____________________ 1 These include the least developed countries.</p></recital>
            </recitals>
          </preamble>
          <mainBody>
            <hcontainer name="resolves" eId="hcont_resolves">
              <heading><i>resolves</i></heading>
              <paragraph eId="para_unnumbered_1"><content><p>to help developing countries;</p></content></paragraph>
              <paragraph eId="para_2"><num>2</num><content><p>to report annually, instructs the Directors of the Bureaux</p></content></paragraph>
              <paragraph eId="para_1"><num>1</num><content><p>to assist Member States;</p></content></paragraph>
              <paragraph eId="para_2"><num>2</num><content><p>to cooperate with regional organizations; 3 to report to the Council.</p></content></paragraph>
            </hcontainer>
          </mainBody>
        </statement>
      </component>
    </components>
  </documentCollection>
</akomaNtoso>`;
}

describe('parseAkomaNtoso on a hand-written collection', () => {
  it('repairs the conversion noise and keeps offsets exact', () => {
    const [doc, ...others] = parseAkomaNtoso(collection());
    expect(others).toEqual([]);
    expect(doc!.name).toBe('res-900');
    expect(doc!.language).toBe('en');
    expect(doc!.title).toBe('Help for developing countries');
    const fact = doc!.instrument!;
    expect(fact).toMatchObject({ id: 'PP-RES-900', issuer: 'PP', kind: 'RES', number: 900, revision: { label: 'Rev. Dubai, 2018' } });
    expect(fact.recitals.map((r) => [r.label, r.text])).toEqual([['a)', 'the needs of developing countries;'], ['b)', 'the budget,']]);
    expect(fact.footnotes).toEqual([expect.objectContaining({ number: '1', text: 'These include the least developed countries.', anchor: 'recital/1' })]);
    // Paragraph 1 has no <num> and no number in its text: inferred from the `2` that follows.
    expect(fact.operativeClauses.map((c) => [c.source.paragraph, c.addressee, c.text])).toEqual([
      ['resolves/1', null, 'to help developing countries;'],
      ['resolves/2', null, 'to report annually,'],
      ['instructs_the_directors_of_the_bureaux/1', 'the Directors of the Bureaux', 'to assist Member States;'],
      ['instructs_the_directors_of_the_bureaux/2', 'the Directors of the Bureaux', 'to cooperate with regional organizations;'],
      ['instructs_the_directors_of_the_bureaux/3', 'the Directors of the Bureaux', 'to report to the Council.'],
    ]);
    expect(doc!.repairs.map((r) => r.kind).sort()).toEqual([
      'clause-split', 'footnote-mark-removed', 'footnote-moved', 'heading-split', 'label-recovered', 'number-inferred',
    ]);
    expect(doc!.paragraphs.map((p) => p.number)).toEqual([
      null, null, null, null, 'recital/1', 'recital/2', null, 'resolves/1', 'resolves/2', null,
      'instructs_the_directors_of_the_bureaux/1', 'instructs_the_directors_of_the_bureaux/2', 'instructs_the_directors_of_the_bureaux/3',
      'footnote/1',
    ]);
    for (const p of doc!.paragraphs) expect(doc!.text.slice(p.start, p.end)).toBe(p.text);
  });

  it('takes the issuer from options when FRBRauthor does not name one, and otherwise keeps the text without instrument facts', () => {
    const [unknown] = parseAkomaNtoso(collection('#someone'));
    expect(unknown).toMatchObject({ instrument: null, issuer: null, name: 'res-900', language: 'en', title: 'Help for developing countries1' });
    expect(unknown!.notices).toEqual([expect.stringMatching(/^<statement> at line 10 \(cmp_res_900\/statement\) is read as a document, not an instrument: cannot tell the issuer from FRBRauthor "#someone"; its \d+ paragraphs are kept as text$/)]);
    expect(unknown!.text).toContain('to cooperate with regional organizations;');
    expect(parseAkomaNtoso(collection('#someone'), { issuer: 'C' })[0]!.instrument?.id).toBe('C-RES-900');
    expect(parseAkomaNtoso(collection('#itu-wtsa'))[0]!.instrument?.issuer).toBe('WTSA');
    expect(parseAkomaNtoso(collection('#itu-pp', 'fra'))[0]!.language).toBe('fr');
    expect(() => parseAkomaNtoso(collection('#itu-pp', 'deu'))).toThrow(/language "deu" is not one of/);
  });
});

describe('errors', () => {
  it('reports truncated XML with its line and column', () => {
    // Cut after `<hcontainer ...>` (line 28 of the fixture): the file ends inside six open elements.
    const truncated = collection().slice(0, collection().indexOf('<heading>'));
    expect(truncated.split('\n')).toHaveLength(29);
    const error = catchError(() => parseAkomaNtoso(truncated));
    expect(error).toBeInstanceOf(AknError);
    expect(error.message).toMatch(/^malformed XML \(fatalError\): unclosed xml tag\(s\): akomaNtoso, documentCollection, components, component, statement, mainBody, hcontainer/);
    expect(error.line).toBe(28);
    expect(error.message).toMatch(/\(at line 28, column \d+\)$/);

    // Cut inside a tag: the parser only sees the input end.
    const error2 = catchError(() => parseAkomaNtoso(collection().slice(0, collection().indexOf('<mainBody>') + 30)));
    expect(error2.message).toMatch(/^malformed XML \(error\): unexpected end of input \(at line 28, column \d+\)$/);
  });

  it('reports a mismatched closing tag where it occurs', () => {
    const xml = `<akomaNtoso xmlns="${NS}">\n  <statement>\n    <p>text</statement>\n</akomaNtoso>`;
    const error = catchError(() => parseAkomaNtoso(xml));
    expect(error).toMatchObject({ name: 'AknError', line: 3 });
    expect(error.reason).toMatch(/Opening and ending tag mismatch: "p" != "statement"/);
  });

  it('does not let recoverable XML errors through', () => {
    const error = catchError(() => parseAkomaNtoso(`<akomaNtoso xmlns="${NS}">\n<p a=1>&nbsp;</p></akomaNtoso>`));
    expect(error).toMatchObject({ name: 'AknError', line: 2 });
  });

  it('refuses elements nested deeper than any Akoma Ntoso document, saying where, before reading them', () => {
    const depth = 100_000;
    const xml = `<akomaNtoso xmlns="${NS}">\n<doc name="x"><mainBody>${'<p>'.repeat(depth)}text${'</p>'.repeat(depth)}</mainBody></doc></akomaNtoso>`;
    const error = catchError(() => parseAkomaNtoso(xml));
    expect(error.message).toMatch(/^elements nested more than 256 levels deep \(at line 2, column \d+\)$/);
    // A real document's depth reads as ever.
    expect(parseAkomaNtoso(`<akomaNtoso xmlns="${NS}"><doc name="x"><mainBody>${'<p>'.repeat(200)}text${'</p>'.repeat(200)}</mainBody></doc></akomaNtoso>`)[0]!.text).toBe('text');
  });

  it('refuses XML that is not Akoma Ntoso', () => {
    const error = catchError(() => parseAkomaNtoso('<?xml version="1.0"?>\n<html><body><p>Resolution 102</p></body></html>'));
    expect(error).toBeInstanceOf(AknError);
    expect(error.message).toMatch(/^not an Akoma Ntoso document: the root element is <html>, expected <akomaNtoso>/);
    expect(error.line).toBe(2);
    expect(isAkomaNtoso('<html/>')).toBe(false);
    expect(isAkomaNtoso('<akomaNtoso')).toBe(false);
    expect(isAkomaNtoso(`<akomaNtoso xmlns="${NS}"/>`)).toBe(true);
    expect(parseAkomaNtoso(`<akomaNtoso xmlns="${NS}"/>`)).toEqual([]);
  });

  it('keeps an instrument whose number cannot be read as text, and says which element and why', () => {
    const xml = collection().replace('<docNumber>900 (REV. DUBAI, 2018)</docNumber>', '<docNumber>nine hundred</docNumber>');
    const [doc] = parseAkomaNtoso(xml);
    expect(doc!.instrument).toBeNull();
    expect(doc!.notices[0]).toMatch(/^<statement> at line 10 \(cmp_res_900\/statement\) is read as a document, not an instrument: its number "nine hundred" is not an instrument number;/);
    expect(doc!.paragraphs.map((p) => p.text)).toContain('to assist Member States;');
  });
});

function catchError(fn: () => unknown): AknError {
  try {
    fn();
  } catch (error) {
    if (error instanceof AknError) return error;
    throw error;
  }
  throw new Error('expected an AknError');
}
