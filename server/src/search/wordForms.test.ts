import { wordForms } from './wordForms';

describe('wordForms', () => {
  it.each([
    ['infirmier', ['infirmiers', 'infirmiere', 'infirmieres']],
    ['infirmiere', ['infirmieres', 'infirmier', 'infirmiers']],
    ['ingenieure', ['ingenieures', 'ingenieur', 'ingenieurs']],
    ['developpeuse', ['developpeuses', 'developpeur', 'developpeurs']],
    ['formatrice', ['formatrices', 'formateur', 'formateurs']],
    ['technicien', ['techniciens', 'technicienne', 'techniciennes']],
    ['avocate', ['avocates', 'avocat', 'avocats']],
    ['cheffe', ['cheffes', 'chef', 'chefs']],
    ['nurses', ['nurse']],
  ])('gives the other gender and number of %s', (word, forms) => {
    expect(wordForms(word)).toEqual(forms);
  });

  it('reaches the masculine, feminine and plural of a masculine title', () => {
    expect(wordForms('ingenieur')).toEqual(expect.arrayContaining(['ingenieurs', 'ingenieure', 'ingenieures']));
    expect(wordForms('traducteur')).toEqual(expect.arrayContaining(['traductrice', 'traducteurs']));
    expect(wordForms('ingenieurs')).toEqual(expect.arrayContaining(['ingenieur', 'ingenieure']));
  });

  it('leaves short words, numbers, other scripts and signs alone', () => {
    for (const word of ['bac', 'ia', 'c++', 'c#', '2027', 'ممرضة', 'node.js']) expect(wordForms(word)).toEqual([]);
  });

  it('never gives the word itself, nor a form twice', () => {
    for (const word of ['soudeur', 'electricien', 'comptable', 'class', 'data']) {
      const forms = wordForms(word);
      expect(forms).not.toContain(word);
      expect(new Set(forms).size).toBe(forms.length);
    }
  });
});
