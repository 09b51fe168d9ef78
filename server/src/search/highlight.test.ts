import { highlightOriginal, markedTerms } from './highlight';

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
});
