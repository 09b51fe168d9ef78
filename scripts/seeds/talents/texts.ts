/**
 * The sentences demo profiles are written with, in French, English and Arabic, agreeing with the person's
 * gender: headline and summary openings per kind of talent, goals per engagement interest, availability notes.
 */
import type { TalentKind } from '@kafaat/shared';
import type { City, Country, TextLanguage } from './places';
import type { L3 } from './trades';

export type Gender = 'man' | 'woman';

/** "12 ans", "12 years", "12 سنة" (with the Arabic plural rules: سنتين, 5 سنوات, 12 سنة). */
export function yearsText(n: number, lang: TextLanguage): string {
  if (lang === 'fr') return `${n} an${n > 1 ? 's' : ''}`;
  if (lang === 'en') return `${n} year${n > 1 ? 's' : ''}`;
  if (n === 1) return 'سنة واحدة';
  if (n === 2) return 'سنتين';
  return n <= 10 ? `${n} سنوات` : `${n} سنة`;
}

export function cityText(city: City, lang: TextLanguage): string {
  return lang === 'ar' ? city.ar : ((lang === 'fr' ? city.fr : city.en) ?? city.name);
}

const gendered = (gender: Gender, man: string, woman: string) => (gender === 'woman' ? woman : man);
const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** A headline of at most 120 characters: title, years and speciality when they fit. */
export function headlineText(lang: TextLanguage, title: string, years: number, speciality: L3, variant: number): string {
  const spec = speciality[lang];
  const y = yearsText(years, lang);
  const options =
    lang === 'fr'
      ? [`${title} — ${y} d'expérience ${spec}`, `${title}, ${y} ${spec}`, `${title} ${spec}`]
      : lang === 'en'
        ? [`${title} — ${y} of experience ${spec}`, `${title}, ${y} ${spec}`, `${title} ${spec}`]
        : [`${title} — خبرة ${y} ${spec}`];
  // "Title speciality" reads well only after a one-word title ("Carreleur sur chantiers résidentiels").
  const usable = title.includes(' ') ? options.slice(0, 2) : options;
  const preferred = usable[variant % usable.length] ?? title;
  return [preferred, ...options].find((o) => o.length <= 120) ?? title.slice(0, 120);
}

/** What the opening sentence needs to know about the person's path. */
export interface Path {
  kind: TalentKind;
  gender: Gender;
  city: City;
  /** Host country (diaspora), former host country (returnees) or country of origin (migrants). */
  elsewhere: Country;
  /** Year of arrival in the host country (diaspora; null when born there), in Morocco (migrants), or of return (returnees). */
  since: number | null;
  /** Returnees: years spent abroad. */
  yearsAbroad: number;
}

/** First sentence of the summary: who, where, since when. */
export function openingText(lang: TextLanguage, title: string, p: Path): string {
  const g = (m: string, w: string) => gendered(p.gender, m, w);
  const city = cityText(p.city, lang);
  const e = p.elsewhere;
  if (lang === 'fr') {
    if (p.kind === 'migrant') return `${title} originaire ${e.frFrom}, ${g('installé', 'installée')} à ${city} depuis ${p.since}.`;
    if (p.kind === 'returnee') return `${title} ${g('installé', 'installée')} à ${city}, ${g('rentré', 'rentrée')} au Maroc en ${p.since} après ${yearsText(p.yearsAbroad, 'fr')} ${e.frIn}.`;
    if (p.since === null) return `${title}, ${g('né', 'née')} ${e.frIn} de parents marocains, ${g('basé', 'basée')} à ${city}.`;
    return `${title} ${g('basé', 'basée')} à ${city} depuis ${p.since}.`;
  }
  if (lang === 'en') {
    if (p.kind === 'migrant') return `${title} from ${e.en}, living in ${city} since ${p.since}.`;
    if (p.kind === 'returnee') return `${title} based in ${city}, back in Morocco since ${p.since} after ${yearsText(p.yearsAbroad, 'en')} ${e.enIn}.`;
    if (p.since === null) return `${title}, born ${e.enIn} to Moroccan parents and based in ${city}.`;
    return `${title} based in ${city} since ${p.since}.`;
  }
  const living = g('مقيم', 'مقيمة');
  if (p.kind === 'migrant') return `${title} من ${e.ar}، ${living} في ${city} منذ ${p.since}.`;
  if (p.kind === 'returnee') return `${title} ${living} في ${city}، عدت إلى المغرب سنة ${p.since} بعد ${yearsText(p.yearsAbroad, 'ar')} في ${e.ar}.`;
  if (p.since === null) return `${title}، ولدت في ${e.ar} لأبوين مغربيين وأقيم في ${city}.`;
  return `${title} ${living} في ${city} منذ ${p.since}.`;
}

/** Second sentence: years of experience in the speciality, and for trades learnt abroad, how. */
export function experienceText(lang: TextLanguage, years: number, speciality: L3, learntIn: City | null, variant: number): string {
  const y = yearsText(years, lang);
  const spec = speciality[lang];
  if (!learntIn) {
    if (lang === 'fr') return `${capitalise(y)} d'expérience ${spec}.`;
    if (lang === 'en') return `${capitalise(y)} of experience ${spec}.`;
    return `لدي خبرة ${y} ${spec}.`;
  }
  const where = cityText(learntIn, lang);
  const how = {
    fr: ['sur le tas', `auprès d'un patron à ${where}`, `en apprentissage à ${where}`],
    en: ['on the job', `from a master craftsman in ${where}`, `as an apprentice in ${where}`],
    ar: ['بالممارسة', `لدى معلم حرفي في ${where}`, `بالتدرج المهني في ${where}`],
  }[lang][variant % 3];
  if (lang === 'fr') return `${capitalise(y)} de métier ${spec}, appris ${how}.`;
  if (lang === 'en') return `${capitalise(y)} of experience ${spec}, learnt ${how}.`;
  return `لدي خبرة ${y} ${spec}، اكتسبتها ${how}.`;
}

export type Goal = 'missions' | 'mentoring' | 'investment' | 'employment-morocco' | 'employment-migrant' | 'validation-diploma' | 'validation-no-diploma';

/** One sentence per goal; `field` says where the person looks for work. */
export function goalText(lang: TextLanguage, goal: Goal, gender: Gender, field: L3): string {
  const g = (m: string, w: string) => gendered(gender, m, w);
  const f = field[lang];
  const texts: Record<Goal, L3> = {
    missions: {
      fr: "Je souhaite consacrer quelques semaines par an à des missions d'expertise auprès d'institutions marocaines.",
      en: 'I would like to give a few weeks a year to expert missions with Moroccan institutions.',
      ar: 'أرغب في تخصيص بضعة أسابيع كل سنة لمهام خبرة لفائدة مؤسسات مغربية.',
    },
    mentoring: {
      fr: 'Disponible pour accompagner de jeunes professionnels au Maroc en mentorat.',
      en: 'Happy to mentor young professionals in Morocco.',
      ar: `${g('مستعد', 'مستعدة')} لمواكبة الشباب المهنيين في المغرب.`,
    },
    investment: {
      fr: "J'étudie un projet d'investissement au Maroc dans mon domaine.",
      en: 'I am looking into an investment project in Morocco in my field.',
      ar: 'أدرس مشروعاً استثمارياً في المغرب في مجال تخصصي.',
    },
    'employment-morocco': {
      fr: `${g('Ouvert', 'Ouverte')} à un poste ${f} au Maroc.`,
      en: `Open to a position ${f} in Morocco.`,
      ar: `${g('منفتح', 'منفتحة')} على فرص العمل ${f} في المغرب.`,
    },
    'employment-migrant': {
      fr: `Je cherche un emploi stable ${f}.`,
      en: `Looking for a stable job ${f}.`,
      ar: `أبحث عن عمل مستقر ${f}.`,
    },
    'validation-diploma': {
      fr: "Mon diplôme n'est pas reconnu au Maroc : je souhaite faire valider mes compétences.",
      en: 'My diploma is not recognised in Morocco, so I would like to have my skills validated.',
      ar: 'شهادتي غير معترف بها في المغرب، لذلك أرغب في المصادقة على كفاءاتي.',
    },
    'validation-no-diploma': {
      fr: "Je n'ai pas de diplôme reconnu et je souhaite faire valider mes compétences pour trouver un meilleur emploi.",
      en: 'I have no recognised diploma and would like my skills validated to find better work.',
      ar: 'ليست لدي شهادة معترف بها، وأرغب في المصادقة على كفاءاتي لإيجاد عمل أفضل.',
    },
  };
  return texts[goal][lang];
}

/** Notes on availability windows (the last one is "no note"). */
export const WINDOW_NOTES: Record<TextLanguage, string[]> = {
  fr: ['Mission sur site possible', 'Congés annuels', 'Vacances scolaires', 'À distance uniquement', ''],
  en: ['On-site mission possible', 'Annual leave', 'School holidays', 'Remote only', ''],
  ar: ['مهمة حضورية ممكنة', 'العطلة السنوية', 'العطلة المدرسية', 'عن بعد فقط', ''],
};
export const AVAILABLE_NOW: Record<TextLanguage, string> = { fr: 'Disponible immédiatement', en: 'Available now', ar: 'ابتداءً من الآن' };

/** Education entries for people who learnt a trade without a diploma, and where vocational certificates come from. */
/** Where people who learnt a trade informally worked, when no employer name fits. */
export const INFORMAL_WORKPLACES: Array<L3 & { family?: true }> = [
  { fr: 'Travail à la tâche', en: 'Casual work', ar: 'عمل بالمهمة' },
  { fr: 'Travail indépendant', en: 'Self-employed', ar: 'عمل حر' },
  { fr: 'Entreprise familiale', en: 'Family business', ar: 'مقاولة عائلية', family: true },
  { fr: 'Chez des particuliers', en: 'For private clients', ar: 'لدى الخواص' },
];
export const APPRENTICESHIP: L3 = {
  fr: "Apprentissage auprès d'un maître artisan",
  en: 'Apprenticeship with a master craftsman',
  ar: 'تدرج مهني لدى معلم حرفي',
};
export function trainingCentreText(lang: TextLanguage, city: City): string {
  const where = cityText(city, lang);
  return { fr: `Centre de formation professionnelle de ${where}`, en: `Vocational training centre, ${where}`, ar: `مركز التكوين المهني ب${where}` }[lang];
}
