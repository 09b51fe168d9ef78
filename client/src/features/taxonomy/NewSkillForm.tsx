import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { NewSkillProposalSchema, SECTORS, SKILL_PROPOSAL_LIMITS, type SkillSuggestion } from '@kafaat/shared';
import { ErrorSummary } from '../../components/form/ErrorSummary';
import { SelectField, TextAreaField, TextField, textOf } from '../../components/form/Fields';
import { useFormErrors } from '../../components/form/useFormErrors';
import { currentLocale } from '../../i18n';
import { SkillListField } from './SkillListField';
import { useCreateProposal } from './taxonomyApi';
import { describeTaxonomyIssue, linesOf, showCheckErrors, showRequestError } from './taxonomyIssues';

const LANGS = ['fr', 'en', 'ar'] as const;
const PATHS = [
  'sector',
  'labels.fr',
  'labels.en',
  'labels.ar',
  'synonyms.fr',
  'synonyms.en',
  'synonyms.ar',
  'broader',
  'related',
  'isco',
  'reason',
] as const;

/**
 * Proposing a skill the taxonomy lacks: its sector, its name in the three languages, optional synonyms, broader
 * and related skills (picked from the taxonomy) and ISCO codes, and why it is needed. Checked with the API's own
 * schema first, so most mistakes are explained before anything is sent.
 */
export function NewSkillForm({ onProposed }: { onProposed: (name: string) => void }) {
  const { t, i18n } = useTranslation();
  const form = useFormErrors(PATHS, describeTaxonomyIssue);
  const create = useCreateProposal();
  const [broader, setBroader] = useState<SkillSuggestion[]>([]);
  const [related, setRelated] = useState<SkillSuggestion[]>([]);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const parsed = NewSkillProposalSchema.safeParse({
      type: 'new-skill',
      sector: textOf(data, 'sector'),
      labels: { fr: textOf(data, 'labels.fr'), en: textOf(data, 'labels.en'), ar: textOf(data, 'labels.ar') },
      synonyms: { fr: linesOf(textOf(data, 'synonyms.fr')), en: linesOf(textOf(data, 'synonyms.en')), ar: linesOf(textOf(data, 'synonyms.ar')) },
      broader: broader.map((skill) => skill.id),
      related: related.map((skill) => skill.id),
      isco: textOf(data, 'isco').split(/[\s,;]+/).filter(Boolean),
      reason: textOf(data, 'reason'),
    });
    if (!parsed.success) return showCheckErrors(form, parsed.error);
    form.clear();
    const name = parsed.data.labels[currentLocale(i18n)];
    create.mutate(parsed.data, { onSuccess: () => onProposed(name), onError: (error) => showRequestError(form, error) });
  }

  return (
    <form noValidate onSubmit={onSubmit} className="form" aria-label={t('taxonomy.propose.newSkill')}>
      <ErrorSummary form={form} />
      <SelectField form={form} path="sector" label={t('taxonomy.fields.sector')} defaultValue="">
        <option value="">{t('taxonomy.fields.chooseSector')}</option>
        {SECTORS.map((sector) => (
          <option key={sector} value={sector}>
            {t(`sectors.${sector}`)}
          </option>
        ))}
      </SelectField>
      <fieldset className="form__group">
        <legend className="form__legend">{t('taxonomy.fields.names')}</legend>
        {LANGS.map((lang) => (
          <TextField
            key={lang}
            form={form}
            path={`labels.${lang}`}
            label={t(`taxonomy.fields.label.${lang}`)}
            lang={lang}
            dir={lang === 'ar' ? 'rtl' : 'ltr'}
            maxLength={SKILL_PROPOSAL_LIMITS.nameMax}
          />
        ))}
      </fieldset>
      <fieldset className="form__group">
        <legend className="form__legend">{t('taxonomy.fields.synonyms')}</legend>
        <p className="field__hint">{t('taxonomy.fields.synonymsHint')}</p>
        {LANGS.map((lang) => (
          <TextAreaField
            key={lang}
            form={form}
            path={`synonyms.${lang}`}
            label={t(`taxonomy.fields.synonymsIn.${lang}`)}
            lang={lang}
            dir={lang === 'ar' ? 'rtl' : 'ltr'}
            rows={3}
            optional
          />
        ))}
      </fieldset>
      <SkillListField form={form} path="broader" label={t('taxonomy.fields.broader')} hint={t('taxonomy.fields.broaderHint')} skills={broader} onChange={setBroader} />
      <SkillListField form={form} path="related" label={t('taxonomy.fields.related')} hint={t('taxonomy.fields.relatedHint')} skills={related} onChange={setRelated} />
      <TextField form={form} path="isco" label={t('taxonomy.fields.isco')} hint={t('taxonomy.fields.iscoHint')} optional spellCheck={false} />
      <TextAreaField form={form} path="reason" label={t('taxonomy.fields.reason')} hint={t('taxonomy.fields.reasonHint')} rows={4} />
      <p className="actions">
        <button type="submit" className="button" disabled={create.isPending}>
          {create.isPending ? t('taxonomy.propose.sending') : t('taxonomy.propose.submit')}
        </button>
      </p>
    </form>
  );
}
