import { useTranslation } from 'react-i18next';
import { currentLocale } from '../../i18n';
import { useSkillLabels } from './profileApi';

/** A skill's name in the interface language, or a neutral placeholder while it is unknown (never the raw id). */
export function useSkillName(id: string): { name: string; known: boolean } {
  const { t, i18n } = useTranslation();
  const labels = useSkillLabels(id).data;
  return labels ? { name: labels[currentLocale(i18n)], known: true } : { name: t('profile.skills.placeholder'), known: false };
}

/** The name as text, greyed while it is the placeholder. */
export function SkillName({ id }: { id: string }) {
  const { name, known } = useSkillName(id);
  return <span className={known ? undefined : 'profile-skill__placeholder'}>{name}</span>;
}
