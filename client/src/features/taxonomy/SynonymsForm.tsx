import { Fragment, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { SynonymsProposalSchema, type SkillSuggestion } from '@kafaat/shared';
import { ErrorSummary } from '../../components/form/ErrorSummary';
import { TextAreaField, textOf } from '../../components/form/Fields';
import { useFormErrors } from '../../components/form/useFormErrors';
import { SkillPicker } from '../../components/skills/SkillPicker';
import { Loading } from '../../components/QueryStatus';
import { currentLocale } from '../../i18n';
import { useCreateProposal, useSkill } from './taxonomyApi';
import { describeTaxonomyIssue, linesOf, showCheckErrors, showRequestError } from './taxonomyIssues';

const LANGS = ['fr', 'en', 'ar'] as const;
const PATHS = ['skillId', 'synonyms', 'synonyms.fr', 'synonyms.en', 'synonyms.ar', 'reason'] as const;

/**
 * Proposing new ways of writing an existing skill: the skill is found with the shared picker, its current names
 * and synonyms are shown (so nobody proposes what is already there), then new synonyms per language and why.
 */
export function SynonymsForm({ onProposed }: { onProposed: (name: string) => void }) {
  const { t, i18n } = useTranslation();
  const lang = currentLocale(i18n);
  const form = useFormErrors(PATHS, describeTaxonomyIssue);
  const create = useCreateProposal();
  const [skill, setSkill] = useState<SkillSuggestion | null>(null);
  const detail = useSkill(skill?.id ?? null);
  const skillError = form.errors.fields.skillId;
  const groupError = form.errors.fields.synonyms;

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const parsed = SynonymsProposalSchema.safeParse({
      type: 'synonyms',
      skillId: skill?.id ?? '',
      synonyms: { fr: linesOf(textOf(data, 'synonyms.fr')), en: linesOf(textOf(data, 'synonyms.en')), ar: linesOf(textOf(data, 'synonyms.ar')) },
      reason: textOf(data, 'reason'),
    });
    if (!parsed.success) return showCheckErrors(form, parsed.error);
    form.clear();
    create.mutate(parsed.data, { onSuccess: () => onProposed(skill!.labels[lang]), onError: (error) => showRequestError(form, error) });
  }

  return (
    <form noValidate onSubmit={onSubmit} className="form" aria-label={t('taxonomy.propose.synonyms')}>
      <ErrorSummary form={form} />
      <SkillPicker
        id={form.idFor('skillId')}
        label={t('taxonomy.fields.skill')}
        description={
          <>
            {t('taxonomy.fields.skillHint')}
            {skillError ? <span className="field__error"> {skillError}</span> : null}
          </>
        }
        onSelect={setSkill}
      />
      {skill ? (
        <div className="panel" aria-live="polite">
          <p className="item__title">{t('taxonomy.propose.chosenSkill', { name: skill.labels[lang] })}</p>
          {detail.isPending ? <Loading /> : null}
          {detail.data ? (
            <dl className="details details--compact">
              {LANGS.map((l) => (
                <Fragment key={l}>
                  <dt>{t(`taxonomy.languages.${l}`)}</dt>
                  <dd lang={l} dir={l === 'ar' ? 'rtl' : 'ltr'}>
                    {[detail.data.labels[l], ...detail.data.synonyms[l]].join(' · ')}
                  </dd>
                </Fragment>
              ))}
            </dl>
          ) : null}
        </div>
      ) : null}
      <fieldset className="form__group" id={form.idFor('synonyms')} tabIndex={-1} aria-describedby={groupError ? `${form.idFor('synonyms')}-error` : undefined}>
        <legend className="form__legend">{t('taxonomy.fields.newSynonyms')}</legend>
        <p className="field__hint">{t('taxonomy.fields.synonymsHint')}</p>
        {groupError ? (
          <p id={`${form.idFor('synonyms')}-error`} className="field__error">
            {groupError}
          </p>
        ) : null}
        {LANGS.map((l) => (
          <TextAreaField key={l} form={form} path={`synonyms.${l}`} label={t(`taxonomy.fields.synonymsIn.${l}`)} lang={l} dir={l === 'ar' ? 'rtl' : 'ltr'} rows={3} optional />
        ))}
      </fieldset>
      <TextAreaField form={form} path="reason" label={t('taxonomy.fields.reason')} hint={t('taxonomy.fields.reasonHint')} rows={4} />
      <p className="actions">
        <button type="submit" className="button" disabled={create.isPending}>
          {create.isPending ? t('taxonomy.propose.sending') : t('taxonomy.propose.submit')}
        </button>
      </p>
    </form>
  );
}
