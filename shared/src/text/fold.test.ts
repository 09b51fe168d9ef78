import { foldText } from './fold';

describe('foldText', () => {
  it('strips Latin accents and lowercases', () => {
    expect(foldText('Génie Civil')).toBe('genie civil');
    expect(foldText('ÉLECTRICITÉ bâtiment')).toBe('electricite batiment');
  });

  it('turns hyphens and apostrophes into spaces', () => {
    expect(foldText('génie-civil')).toBe('genie civil');
    expect(foldText("chef d'équipe")).toBe('chef d equipe');
    expect(foldText('chef d’équipe')).toBe('chef d equipe');
  });

  it('removes Arabic tashkeel so vocalised and bare spellings match', () => {
    const vocalised = foldText('الهَندسة المدنيّة');
    expect(vocalised).toBe(foldText('الهندسة المدنية'));
    expect(vocalised).toBe('الهندسه المدنيه');
  });

  it('normalises Arabic letter variants and tatweel', () => {
    expect(foldText('أإآٱ')).toBe('اااا');
    expect(foldText('مستشفى')).toBe('مستشفي');
    expect(foldText('مؤسسة')).toBe('موسسه');
    expect(foldText('بيئة')).toBe('بييه');
    expect(foldText('هنـــدسة')).toBe('هندسه');
  });

  it('expands the lam-alef ligature through NFKD', () => {
    expect(foldText('ﻻ')).toBe('لا');
    expect(foldText('ﻹ')).toBe('لا');
  });

  it('expands œ, æ and ß', () => {
    expect(foldText('Œuvre')).toBe('oeuvre');
    expect(foldText('main-d’œuvre')).toBe('main d oeuvre');
    expect(foldText('Ægide')).toBe('aegide');
    expect(foldText('Straße')).toBe('strasse');
  });

  it('converts Eastern Arabic and Persian digits', () => {
    expect(foldText('٠١٢٣٤٥٦٧٨٩')).toBe('0123456789');
    expect(foldText('۰۱۲۳۴۵۶۷۸۹')).toBe('0123456789');
    expect(foldText('ISO ٩٠٠١')).toBe('iso 9001');
  });

  it('collapses whitespace and punctuation, keeps + and #', () => {
    expect(foldText('  Plomberie ,  sanitaire ;\tchauffage.  ')).toBe('plomberie sanitaire chauffage');
    expect(foldText('«Génie» (civil) / BTP')).toBe('genie civil btp');
    expect(foldText('C++ / C#')).toBe('c++ c#');
    expect(foldText('طب، تمريض؛ صيدلة؟')).toBe('طب تمريض صيدله');
  });

  it('is idempotent', () => {
    for (const s of ['Génie-Civil', 'الهَندسة المدنيّة', 'Œuvre ٣', 'ﻻ']) {
      expect(foldText(foldText(s))).toBe(foldText(s));
    }
  });
});
