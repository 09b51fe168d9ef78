import { highlightOriginal, markedTerms, sharesWord } from './highlight';

describe('highlights on the text as written', () => {
  it('marks the words whose folded form Elasticsearch marked, keeping accents and case', () => {
    const terms = markedTerms(['<em>ingenieure</em> en <em>genie</em> civil']);
    expect(highlightOriginal('Ingénieure en Génie-civil', terms)).toBe('<em>Ingénieure</em> en <em>Génie</em>-civil');
  });

  it('escapes everything but the marks', () => {
    expect(highlightOriginal('<b>Soudeur</b> & tuyauteur', new Set(['soudeur']))).toBe('&lt;b&gt;<em>Soudeur</em>&lt;/b&gt; &amp; tuyauteur');
  });

  it('cuts a long text around the first match, between words', () => {
    const text = `${'mot '.repeat(100)}chirurgie pédiatrique ${'fin '.repeat(100)}`;
    const out = highlightOriginal(text, new Set(['chirurgie']), 80)!;
    expect(out).toMatch(/^….*<em>chirurgie<\/em> pédiatrique.*…$/);
    expect(out.replace(/<\/?em>/g, '').length).toBeLessThanOrEqual(82);
  });

  it('marks Arabic words written with diacritics', () => {
    expect(highlightOriginal('مُهَنْدِس مدني', new Set(['مهندس']))).toBe('<em>مُهَنْدِس</em> مدني');
  });

  it('is null when nothing matches', () => {
    expect(highlightOriginal('Plombier', new Set(['soudeur']))).toBeNull();
  });

  it('marks a word that folding splits in two when one part is a term', () => {
    expect(highlightOriginal('Spécialiste genie_civil au Maroc', new Set(['civil']))).toBe('Spécialiste <em>genie_civil</em> au Maroc');
  });

  it('marks every matching word of a long text, the last included', () => {
    expect(highlightOriginal(`${'mot '.repeat(30)}Soudeur`, new Set(['soudeur']))).toBe(`${'mot '.repeat(30)}<em>Soudeur</em>`);
  });
});

describe('sharesWord', () => {
  it('tells whether a query term is one of the words', () => {
    const words = new Set(['genie', 'civil', 'هندسه']);
    expect(sharesWord(words, new Set(['civil', 'plombier']))).toBe(true);
    expect(sharesWord(words, new Set(['هندسه']))).toBe(true);
    expect(sharesWord(words, new Set(['plombier']))).toBe(false);
    expect(sharesWord(words, new Set())).toBe(false);
  });
});
