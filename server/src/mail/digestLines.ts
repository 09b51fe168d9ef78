/**
 * One line of the daily digest per notification, in the recipient's language (French, Arabic, English). The
 * in-app inbox words the same facts in the client; this is the mail's wording.
 */
import type { ApplicationStage, Locale, NotificationKind } from '@kafaat/shared';

/** What a line can say: who, about which opportunity (or saved search), the new stage, how many messages (or talents). */
export interface DigestFacts {
  kind: NotificationKind;
  actor: string;
  opportunity: string;
  stage: string | null;
  count: number;
}

const STAGES: Record<Locale, Record<ApplicationStage, string>> = {
  fr: { invited: 'invité·e', applied: 'candidature envoyée', shortlisted: 'présélection', interview: 'entretien', selected: 'retenu·e', declined: 'non retenu·e', withdrawn: 'retirée', confirmed: 'confirmée', completed: 'terminée' },
  ar: { invited: 'مدعو', applied: 'تم إرسال الترشح', shortlisted: 'القائمة المختصرة', interview: 'مقابلة', selected: 'تم الاختيار', declined: 'لم يتم الاختيار', withdrawn: 'تم السحب', confirmed: 'مؤكدة', completed: 'منتهية' },
  en: { invited: 'invited', applied: 'applied', shortlisted: 'shortlisted', interview: 'interview', selected: 'selected', declined: 'not selected', withdrawn: 'withdrawn', confirmed: 'confirmed', completed: 'completed' },
};

const stageLabel = (locale: Locale, stage: string | null) => (stage && stage in STAGES[locale] ? STAGES[locale][stage as ApplicationStage] : (stage ?? ''));

const LINES: Record<Locale, Record<NotificationKind, (f: DigestFacts) => string>> = {
  fr: {
    invitation: (f) => `${f.actor} vous invite à postuler : ${f.opportunity}`,
    stageChanged: (f) => `${f.opportunity} : nouvelle étape « ${stageLabel('fr', f.stage)} »`,
    message: (f) => (f.count > 1 ? `${f.count} nouveaux messages de ${f.actor} (${f.opportunity})` : `Nouveau message de ${f.actor} (${f.opportunity})`),
    newMatch: (f) => `Une nouvelle opportunité correspond à votre profil : ${f.opportunity}`,
    savedSearchAlert: (f) => (f.count > 1 ? `${f.count} nouveaux talents correspondent à votre recherche « ${f.opportunity} »` : `${f.actor} correspond à votre recherche « ${f.opportunity} »`),
    missionConfirmed: (f) => `Mission confirmée : ${f.opportunity}`,
  },
  ar: {
    invitation: (f) => `يدعوكم ${f.actor} إلى الترشح: ${f.opportunity}`,
    stageChanged: (f) => `${f.opportunity}: مرحلة جديدة «${stageLabel('ar', f.stage)}»`,
    message: (f) => (f.count > 1 ? `${f.count} رسائل جديدة من ${f.actor} (${f.opportunity})` : `رسالة جديدة من ${f.actor} (${f.opportunity})`),
    newMatch: (f) => `فرصة جديدة تناسب ملفكم: ${f.opportunity}`,
    savedSearchAlert: (f) => (f.count > 1 ? `كفاءات جديدة تطابق بحثكم «${f.opportunity}»: ${f.count}` : `ملف ${f.actor} يطابق بحثكم «${f.opportunity}»`),
    missionConfirmed: (f) => `تم تأكيد المهمة: ${f.opportunity}`,
  },
  en: {
    invitation: (f) => `${f.actor} invites you to apply: ${f.opportunity}`,
    stageChanged: (f) => `${f.opportunity}: new stage "${stageLabel('en', f.stage)}"`,
    message: (f) => (f.count > 1 ? `${f.count} new messages from ${f.actor} (${f.opportunity})` : `New message from ${f.actor} (${f.opportunity})`),
    newMatch: (f) => `A new opportunity matches your profile: ${f.opportunity}`,
    savedSearchAlert: (f) => (f.count > 1 ? `${f.count} new talents match your search "${f.opportunity}"` : `${f.actor} matches your search "${f.opportunity}"`),
    missionConfirmed: (f) => `Mission confirmed: ${f.opportunity}`,
  },
};

/** Someone whose name is unknown (e.g. a deleted account), in each language. */
export const SOMEONE: Record<Locale, string> = { fr: 'quelqu’un', ar: 'أحدهم', en: 'someone' };
/** Said when more notifications wait than the mail lists. */
export const AND_MORE: Record<Locale, (n: number) => string> = {
  fr: (n) => `… et ${n} de plus sur Kafaat`,
  ar: (n) => `… و${n} أخرى على كفاءات`,
  en: (n) => `… and ${n} more on Kafaat`,
};

export function digestLine(locale: Locale, facts: DigestFacts): string {
  return `- ${LINES[locale][facts.kind](facts)}`;
}

/** The opportunity's title in the reader's language, else in any language it was written in. */
export function titleFor(locale: Locale, title: Record<string, string> | undefined | null): string {
  if (!title) return '';
  return title[locale] || title.fr || title.en || title.ar || '';
}
