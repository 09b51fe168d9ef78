/**
 * Countries and cities of the demo talents: where the diaspora lives, where migrants in Morocco come from, and
 * the Moroccan cities. Each carries the words the French, English and Arabic summaries need ("au Mali",
 * "in the Netherlands", "هولندا"), the languages spoken there and a few universities for education entries.
 */
import type { SpokenLanguage } from '@kafaat/shared';

export type TextLanguage = 'fr' | 'en' | 'ar';

export interface City {
  /** As stored in the profile (the usual local spelling). */
  name: string;
  fr?: string;
  en?: string;
  ar: string;
  /** Language of the city when it differs from the country's (Antwerpen, Toronto, Barcelona). */
  language?: SpokenLanguage;
}

export interface Country {
  code: string;
  fr: string;
  /** "en France", "au Mali", "aux États-Unis". */
  frIn: string;
  /** "de France", "du Mali", "des États-Unis". */
  frFrom: string;
  en: string;
  /** "in France", "in the Netherlands". */
  enIn: string;
  ar: string;
  /** Main language of daily life and work. */
  language: SpokenLanguage;
  cities: City[];
  universities: string[];
  /** How likely the person writes their profile in French, English or Arabic. */
  writes: ReadonlyArray<readonly [TextLanguage, number]>;
}

const c = (name: string, ar: string, extra: Omit<City, 'name' | 'ar'> = {}): City => ({ name, ar, ...extra });

/** Countries where the Moroccan diaspora lives, with their weight in the demo (France first, as in reality). */
export const HOST_COUNTRIES: Array<Country & { weight: number }> = [
  {
    code: 'FR', weight: 30, fr: 'France', frIn: 'en France', frFrom: 'de France', en: 'France', enIn: 'in France', ar: 'فرنسا', language: 'fr',
    cities: [c('Paris', 'باريس'), c('Lyon', 'ليون'), c('Marseille', 'مرسيليا'), c('Toulouse', 'تولوز'), c('Lille', 'ليل'), c('Bordeaux', 'بوردو'), c('Montpellier', 'مونبلييه'), c('Strasbourg', 'ستراسبورغ'), c('Nantes', 'نانت'), c('Grenoble', 'غرونوبل')],
    universities: ['Université Toulouse III – Paul Sabatier', 'INSA Lyon', 'Sorbonne Université', 'Université de Lille', 'Université de Bordeaux', 'Université Grenoble Alpes', 'École Centrale de Lyon', 'Aix-Marseille Université', 'Université de Montpellier', 'Université de Strasbourg'],
    writes: [['fr', 92], ['ar', 5], ['en', 3]],
  },
  {
    code: 'ES', weight: 12, fr: 'Espagne', frIn: 'en Espagne', frFrom: "d'Espagne", en: 'Spain', enIn: 'in Spain', ar: 'إسبانيا', language: 'es',
    cities: [c('Madrid', 'مدريد'), c('Barcelona', 'برشلونة', { fr: 'Barcelone' }), c('Valencia', 'فالنسيا', { fr: 'Valence' }), c('Málaga', 'مالقة'), c('Murcia', 'مرسية', { fr: 'Murcie' }), c('Almería', 'ألمرية')],
    universities: ['Universidad Complutense de Madrid', 'Universitat de Barcelona', 'Universidad Politécnica de Madrid', 'Universitat de València', 'Universidad de Granada'],
    writes: [['fr', 60], ['en', 20], ['ar', 20]],
  },
  {
    code: 'BE', weight: 10, fr: 'Belgique', frIn: 'en Belgique', frFrom: 'de Belgique', en: 'Belgium', enIn: 'in Belgium', ar: 'بلجيكا', language: 'fr',
    cities: [c('Bruxelles', 'بروكسل', { en: 'Brussels' }), c('Liège', 'لييج'), c('Antwerpen', 'أنتويرب', { fr: 'Anvers', en: 'Antwerp', language: 'nl' }), c('Gent', 'غنت', { fr: 'Gand', en: 'Ghent', language: 'nl' })],
    universities: ['Université libre de Bruxelles', 'UCLouvain', 'Université de Liège', 'KU Leuven', 'Universiteit Gent'],
    writes: [['fr', 85], ['en', 10], ['ar', 5]],
  },
  {
    code: 'NL', weight: 8, fr: 'Pays-Bas', frIn: 'aux Pays-Bas', frFrom: 'des Pays-Bas', en: 'the Netherlands', enIn: 'in the Netherlands', ar: 'هولندا', language: 'nl',
    cities: [c('Amsterdam', 'أمستردام'), c('Rotterdam', 'روتردام'), c('Utrecht', 'أوتريخت'), c('Den Haag', 'لاهاي', { fr: 'La Haye', en: 'The Hague' })],
    universities: ['TU Delft', 'Universiteit van Amsterdam', 'Erasmus Universiteit Rotterdam', 'Universiteit Utrecht'],
    writes: [['fr', 45], ['en', 45], ['ar', 10]],
  },
  {
    code: 'DE', weight: 7, fr: 'Allemagne', frIn: 'en Allemagne', frFrom: "d'Allemagne", en: 'Germany', enIn: 'in Germany', ar: 'ألمانيا', language: 'de',
    cities: [c('Düsseldorf', 'دوسلدورف'), c('Frankfurt am Main', 'فرانكفورت', { fr: 'Francfort', en: 'Frankfurt' }), c('Berlin', 'برلين'), c('München', 'ميونيخ', { fr: 'Munich', en: 'Munich' }), c('Köln', 'كولونيا', { fr: 'Cologne', en: 'Cologne' })],
    universities: ['RWTH Aachen', 'Technische Universität München', 'Universität zu Köln', 'Heinrich-Heine-Universität Düsseldorf', 'Technische Universität Berlin'],
    writes: [['fr', 50], ['en', 40], ['ar', 10]],
  },
  {
    code: 'IT', weight: 7, fr: 'Italie', frIn: 'en Italie', frFrom: "d'Italie", en: 'Italy', enIn: 'in Italy', ar: 'إيطاليا', language: 'it',
    cities: [c('Milano', 'ميلانو', { fr: 'Milan', en: 'Milan' }), c('Torino', 'تورينو', { fr: 'Turin', en: 'Turin' }), c('Bologna', 'بولونيا', { fr: 'Bologne' }), c('Roma', 'روما', { fr: 'Rome', en: 'Rome' })],
    universities: ['Politecnico di Milano', 'Politecnico di Torino', 'Università di Bologna', 'Sapienza Università di Roma'],
    writes: [['fr', 60], ['en', 25], ['ar', 15]],
  },
  {
    code: 'CA', weight: 8, fr: 'Canada', frIn: 'au Canada', frFrom: 'du Canada', en: 'Canada', enIn: 'in Canada', ar: 'كندا', language: 'fr',
    cities: [c('Montréal', 'مونتريال', { en: 'Montreal' }), c('Québec', 'كيبيك', { en: 'Quebec City' }), c('Toronto', 'تورونتو', { language: 'en' }), c('Ottawa', 'أوتاوا', { language: 'en' })],
    universities: ['Université de Montréal', 'Polytechnique Montréal', 'Université Laval', 'HEC Montréal', 'University of Toronto', "Université d'Ottawa"],
    writes: [['fr', 70], ['en', 25], ['ar', 5]],
  },
  {
    code: 'US', weight: 5, fr: 'États-Unis', frIn: 'aux États-Unis', frFrom: 'des États-Unis', en: 'the United States', enIn: 'in the United States', ar: 'الولايات المتحدة', language: 'en',
    cities: [c('New York', 'نيويورك'), c('Washington', 'واشنطن'), c('Boston', 'بوسطن'), c('Houston', 'هيوستن'), c('San Francisco', 'سان فرانسيسكو')],
    universities: ['Columbia University', 'Boston University', 'University of Houston', 'George Washington University', 'University of California, Berkeley'],
    writes: [['en', 75], ['fr', 15], ['ar', 10]],
  },
  {
    code: 'GB', weight: 4, fr: 'Royaume-Uni', frIn: 'au Royaume-Uni', frFrom: 'du Royaume-Uni', en: 'the United Kingdom', enIn: 'in the United Kingdom', ar: 'المملكة المتحدة', language: 'en',
    cities: [c('London', 'لندن', { fr: 'Londres' }), c('Manchester', 'مانشستر'), c('Birmingham', 'برمنغهام')],
    universities: ['University College London', 'University of Manchester', 'University of Birmingham', "King's College London"],
    writes: [['en', 75], ['fr', 15], ['ar', 10]],
  },
  {
    code: 'AE', weight: 4, fr: 'Émirats arabes unis', frIn: 'aux Émirats arabes unis', frFrom: 'des Émirats arabes unis', en: 'the United Arab Emirates', enIn: 'in the UAE', ar: 'الإمارات العربية المتحدة', language: 'en',
    cities: [c('Dubai', 'دبي', { fr: 'Dubaï' }), c('Abu Dhabi', 'أبوظبي', { fr: 'Abou Dhabi' })],
    universities: ['Khalifa University', 'American University of Sharjah'],
    writes: [['en', 50], ['ar', 35], ['fr', 15]],
  },
  {
    code: 'QA', weight: 2, fr: 'Qatar', frIn: 'au Qatar', frFrom: 'du Qatar', en: 'Qatar', enIn: 'in Qatar', ar: 'قطر', language: 'en',
    cities: [c('Doha', 'الدوحة')],
    universities: ['Qatar University', 'Hamad Bin Khalifa University'],
    writes: [['en', 45], ['ar', 40], ['fr', 15]],
  },
  {
    code: 'SE', weight: 2, fr: 'Suède', frIn: 'en Suède', frFrom: 'de Suède', en: 'Sweden', enIn: 'in Sweden', ar: 'السويد', language: 'sv',
    cities: [c('Stockholm', 'ستوكهولم'), c('Göteborg', 'غوتنبرغ', { en: 'Gothenburg' }), c('Malmö', 'مالمو')],
    universities: ['KTH Royal Institute of Technology', 'Lunds universitet', 'Göteborgs universitet'],
    writes: [['en', 55], ['fr', 35], ['ar', 10]],
  },
  {
    code: 'CH', weight: 2, fr: 'Suisse', frIn: 'en Suisse', frFrom: 'de Suisse', en: 'Switzerland', enIn: 'in Switzerland', ar: 'سويسرا', language: 'fr',
    cities: [c('Genève', 'جنيف', { en: 'Geneva' }), c('Lausanne', 'لوزان')],
    universities: ['EPFL', 'Université de Genève'],
    writes: [['fr', 90], ['en', 10]],
  },
];

export interface Origin extends Country {
  weight: number;
  /** First languages, one chosen per person. */
  mother: SpokenLanguage[];
  /** Other African languages some people also speak. */
  also: SpokenLanguage[];
}

/** Where migrants living in Morocco come from; the lingua franca is the country's `language`. */
export const ORIGIN_COUNTRIES: Origin[] = [
  {
    code: 'SN', weight: 14, fr: 'Sénégal', frIn: 'au Sénégal', frFrom: 'du Sénégal', en: 'Senegal', enIn: 'in Senegal', ar: 'السنغال', language: 'fr', mother: ['wo', 'wo', 'ff'], also: ['wo'],
    cities: [c('Dakar', 'داكار'), c('Thiès', 'تييس'), c('Saint-Louis', 'سان لويس'), c('Kaolack', 'كاولاك')],
    universities: ['Université Cheikh Anta Diop de Dakar', 'École supérieure polytechnique de Dakar', 'Université Gaston Berger de Saint-Louis'],
    writes: [['fr', 100]],
  },
  {
    code: 'CI', weight: 13, fr: "Côte d'Ivoire", frIn: "en Côte d'Ivoire", frFrom: "de Côte d'Ivoire", en: "Côte d'Ivoire", enIn: "in Côte d'Ivoire", ar: 'كوت ديفوار', language: 'fr', mother: ['fr', 'dyu'], also: ['dyu'],
    cities: [c('Abidjan', 'أبيدجان'), c('Bouaké', 'بواكي'), c('Yamoussoukro', 'ياموسوكرو'), c('San-Pédro', 'سان بيدرو')],
    universities: ['Université Félix Houphouët-Boigny', 'Institut national polytechnique Félix Houphouët-Boigny', 'Université Alassane Ouattara'],
    writes: [['fr', 100]],
  },
  {
    code: 'ML', weight: 10, fr: 'Mali', frIn: 'au Mali', frFrom: 'du Mali', en: 'Mali', enIn: 'in Mali', ar: 'مالي', language: 'fr', mother: ['bm', 'bm', 'ff', 'snk'], also: ['bm'],
    cities: [c('Bamako', 'باماكو'), c('Kayes', 'كاي'), c('Ségou', 'سيغو'), c('Sikasso', 'سيكاسو')],
    universities: ['Université des sciences, des techniques et des technologies de Bamako', 'École nationale d’ingénieurs Abderhamane Baba Touré'],
    writes: [['fr', 100]],
  },
  {
    code: 'GN', weight: 10, fr: 'Guinée', frIn: 'en Guinée', frFrom: 'de Guinée', en: 'Guinea', enIn: 'in Guinea', ar: 'غينيا', language: 'fr', mother: ['ff', 'sus'], also: ['sus', 'ff'],
    cities: [c('Conakry', 'كوناكري'), c('Kankan', 'كانكان'), c('Labé', 'لابي'), c('Kindia', 'كينديا')],
    universities: ['Université Gamal Abdel Nasser de Conakry', 'Université Julius Nyerere de Kankan'],
    writes: [['fr', 100]],
  },
  {
    code: 'CM', weight: 10, fr: 'Cameroun', frIn: 'au Cameroun', frFrom: 'du Cameroun', en: 'Cameroon', enIn: 'in Cameroon', ar: 'الكاميرون', language: 'fr', mother: ['fr', 'fr', 'en'], also: ['ff'],
    cities: [c('Douala', 'دوالا'), c('Yaoundé', 'ياوندي'), c('Bafoussam', 'بافوسام'), c('Bamenda', 'باميندا')],
    universities: ['Université de Yaoundé I', 'Université de Douala', 'École nationale supérieure polytechnique de Yaoundé', 'University of Buea'],
    writes: [['fr', 85], ['en', 15]],
  },
  {
    code: 'CD', weight: 8, fr: 'RD Congo', frIn: 'en RD Congo', frFrom: 'de RD Congo', en: 'DR Congo', enIn: 'in DR Congo', ar: 'الكونغو الديمقراطية', language: 'fr', mother: ['ln', 'ln', 'kg', 'sw'], also: ['sw', 'ln'],
    cities: [c('Kinshasa', 'كينشاسا'), c('Lubumbashi', 'لوبومباشي'), c('Goma', 'غوما'), c('Bukavu', 'بوكافو')],
    universities: ['Université de Kinshasa', 'Université de Lubumbashi', 'Institut supérieur pédagogique de Bukavu'],
    writes: [['fr', 100]],
  },
  {
    code: 'NG', weight: 7, fr: 'Nigeria', frIn: 'au Nigeria', frFrom: 'du Nigeria', en: 'Nigeria', enIn: 'in Nigeria', ar: 'نيجيريا', language: 'en', mother: ['yo', 'ig', 'ha'], also: ['ha', 'yo'],
    cities: [c('Lagos', 'لاغوس'), c('Ibadan', 'إبادان'), c('Kano', 'كانو'), c('Enugu', 'إينوغو')],
    universities: ['University of Lagos', 'University of Ibadan', 'University of Nigeria, Nsukka', 'Federal Polytechnic Nekede'],
    writes: [['en', 90], ['fr', 10]],
  },
  {
    code: 'GH', weight: 4, fr: 'Ghana', frIn: 'au Ghana', frFrom: 'du Ghana', en: 'Ghana', enIn: 'in Ghana', ar: 'غانا', language: 'en', mother: ['tw', 'ee'], also: ['tw'],
    cities: [c('Accra', 'أكرا'), c('Kumasi', 'كوماسي'), c('Tamale', 'تامالي')],
    universities: ['University of Ghana', 'Kwame Nkrumah University of Science and Technology', 'Accra Technical University'],
    writes: [['en', 90], ['fr', 10]],
  },
  {
    code: 'BF', weight: 5, fr: 'Burkina Faso', frIn: 'au Burkina Faso', frFrom: 'du Burkina Faso', en: 'Burkina Faso', enIn: 'in Burkina Faso', ar: 'بوركينا فاسو', language: 'fr', mother: ['mos', 'mos', 'dyu', 'ff'], also: ['dyu'],
    cities: [c('Ouagadougou', 'واغادوغو'), c('Bobo-Dioulasso', 'بوبو ديولاسو'), c('Koudougou', 'كودوغو')],
    universities: ['Université Joseph Ki-Zerbo', 'Université Nazi Boni'],
    writes: [['fr', 100]],
  },
  {
    code: 'SY', weight: 6, fr: 'Syrie', frIn: 'en Syrie', frFrom: 'de Syrie', en: 'Syria', enIn: 'in Syria', ar: 'سوريا', language: 'ar', mother: ['apc', 'apc', 'apc', 'ku'], also: [],
    cities: [c('Alep', 'حلب', { en: 'Aleppo' }), c('Damas', 'دمشق', { en: 'Damascus' }), c('Homs', 'حمص'), c('Lattaquié', 'اللاذقية', { en: 'Latakia' })],
    universities: ['Université de Damas', "Université d'Alep", 'Université Al-Baath de Homs'],
    writes: [['ar', 70], ['fr', 15], ['en', 15]],
  },
  {
    code: 'YE', weight: 3, fr: 'Yémen', frIn: 'au Yémen', frFrom: 'du Yémen', en: 'Yemen', enIn: 'in Yemen', ar: 'اليمن', language: 'ar', mother: ['ar'], also: [],
    cities: [c('Sanaa', 'صنعاء'), c('Aden', 'عدن'), c('Taïz', 'تعز', { en: 'Taiz' })],
    universities: ['Université de Sanaa', "Université d'Aden", 'Université de Taïz'],
    writes: [['ar', 75], ['en', 15], ['fr', 10]],
  },
];

export const MOROCCO: Country = {
  code: 'MA', fr: 'Maroc', frIn: 'au Maroc', frFrom: 'du Maroc', en: 'Morocco', enIn: 'in Morocco', ar: 'المغرب', language: 'ar',
  cities: [c('Casablanca', 'الدار البيضاء'), c('Rabat', 'الرباط'), c('Tanger', 'طنجة', { en: 'Tangier' }), c('Fès', 'فاس', { en: 'Fez' }), c('Marrakech', 'مراكش'), c('Oujda', 'وجدة'), c('Agadir', 'أكادير')],
  universities: ['Université Mohammed V de Rabat', 'Université Hassan II de Casablanca', 'Université Cadi Ayyad', 'Université Sidi Mohamed Ben Abdellah', 'Université Abdelmalek Essaâdi', 'Université Ibn Zohr'],
  writes: [['fr', 70], ['ar', 22], ['en', 8]],
};

/** Where migrants live (the seven cities of the brief), weighted by where most of them actually are. */
export const MIGRANT_CITY_WEIGHTS: ReadonlyArray<readonly [string, number]> = [['Casablanca', 30], ['Rabat', 20], ['Tanger', 15], ['Fès', 8], ['Marrakech', 10], ['Oujda', 7], ['Agadir', 10]];

/** Returnees also settle in other cities. */
export const RETURNEE_EXTRA_CITIES: City[] = [c('Kénitra', 'القنيطرة'), c('Meknès', 'مكناس', { en: 'Meknes' }), c('Tétouan', 'تطوان', { en: 'Tetouan' }), c('Nador', 'الناظور'), c('Benguerir', 'بنجرير')];

/** Moroccan schools by field, for degrees obtained in Morocco. */
export const MOROCCAN_SCHOOLS: Record<string, string[]> = {
  engineering: ['École Hassania des Travaux Publics', "École Mohammadia d'Ingénieurs", "École nationale supérieure d'arts et métiers de Meknès", 'École nationale des sciences appliquées de Tanger', "École nationale supérieure d'électricité et de mécanique"],
  it: ["École nationale supérieure d'informatique et d'analyse des systèmes", 'Institut national des postes et télécommunications', 'Université Al Akhawayn', 'Université Mohammed VI Polytechnique'],
  health: ['Faculté de médecine et de pharmacie de Rabat', 'Faculté de médecine et de pharmacie de Casablanca', 'Faculté de médecine et de pharmacie de Fès', 'Faculté de médecine et de pharmacie de Marrakech'],
  nursing: ['Institut supérieur des professions infirmières et techniques de santé de Rabat', 'Institut supérieur des professions infirmières et techniques de santé de Casablanca'],
  business: ['ISCAE Casablanca', 'École nationale de commerce et de gestion de Settat', 'École nationale de commerce et de gestion de Tanger', 'Université Hassan II de Casablanca'],
  law: ['Faculté des sciences juridiques, économiques et sociales de Rabat-Agdal', 'Faculté des sciences juridiques, économiques et sociales de Casablanca', 'Université Sidi Mohamed Ben Abdellah'],
  agriculture: ['Institut agronomique et vétérinaire Hassan II', "École nationale d'agriculture de Meknès"],
  tourism: ['Institut supérieur international du tourisme de Tanger', "Institut spécialisé de technologie appliquée hôtelière et touristique d'Agadir"],
  education: ['Université Mohammed V de Rabat', 'Université Cadi Ayyad', 'École normale supérieure de Rabat', 'Université Sidi Mohamed Ben Abdellah'],
  research: ['Université Mohammed V de Rabat', 'Université Cadi Ayyad', 'Université Sidi Mohamed Ben Abdellah', 'Université Mohammed VI Polytechnique', 'Université Hassan II de Casablanca'],
  languages: ['École supérieure Roi Fahd de traduction de Tanger', 'Université Mohammed V de Rabat'],
  vocational: ['OFPPT – ISTA Casablanca', 'OFPPT – ISTA Tanger', 'OFPPT – ISTA Agadir', 'OFPPT – ISTA Fès'],
};
