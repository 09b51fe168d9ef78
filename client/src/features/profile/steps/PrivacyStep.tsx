import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { GENDERS, PROFILE_VISIBILITIES, RESIDENCE_STATUSES } from '@kafaat/shared';
import { CountrySelect } from '../../../components/form/CountrySelect';
import { SelectField, TextField } from '../../../components/form/Fields';
import { RadioGroup } from '../ChoiceFields';
import type { SensitiveDraft } from '../draft';
import type { StepProps } from '../stepProps';

/**
 * Step 7: who may see the profile, and the optional private answers. The explanation of what the private answers
 * are for sits above them, before anyone types anything; every one of them can be left unanswered.
 */
export function PrivacyStep({ draft, change, form }: StepProps) {
  const { t } = useTranslation();
  const explanationId = useId();
  const { sensitive } = draft;
  const set = (patch: Partial<SensitiveDraft>) => change('sensitive', (current) => ({ ...current, ...patch }));
  const notAnswered = t('profile.privacy.notAnswered');
  return (
    <>
      <RadioGroup
        form={form}
        path="visibility"
        legend={t('profile.privacy.visibility')}
        choices={PROFILE_VISIBILITIES.map((visibility) => ({
          value: visibility,
          title: t(`profile.privacy.visibilityOptions.${visibility}.title`),
          hint: t(`profile.privacy.visibilityOptions.${visibility}.hint`),
        }))}
        value={draft.visibility}
        onChange={(visibility) => change('visibility', visibility)}
      />
      <fieldset className="form__group profile-sensitive" aria-describedby={explanationId}>
        <legend className="form__legend">{t('profile.privacy.sensitiveTitle')}</legend>
        <p id={explanationId} className="notice">
          {t('profile.privacy.sensitiveExplanation')}
        </p>
        <CountrySelect
          form={form}
          path="sensitive.nationality"
          label={t('profile.privacy.nationality')}
          hint={t('profile.privacy.nationalityHint')}
          optional
          autoComplete="off"
          emptyLabel={notAnswered}
          value={sensitive.nationality}
          onChange={(e) => set({ nationality: e.target.value })}
        />
        <SelectField
          form={form}
          path="sensitive.residenceStatus"
          label={t('profile.privacy.residenceStatus')}
          optional
          value={sensitive.residenceStatus}
          onChange={(e) => set({ residenceStatus: e.target.value })}
        >
          <option value="">{notAnswered}</option>
          {RESIDENCE_STATUSES.map((status) => (
            <option key={status} value={status}>
              {t(`profile.privacy.residence.${status}`)}
            </option>
          ))}
        </SelectField>
        <SelectField form={form} path="sensitive.gender" label={t('profile.privacy.gender')} optional value={sensitive.gender} onChange={(e) => set({ gender: e.target.value })}>
          <option value="">{notAnswered}</option>
          {GENDERS.map((gender) => (
            <option key={gender} value={gender}>
              {t(`profile.privacy.genders.${gender}`)}
            </option>
          ))}
        </SelectField>
        <TextField
          form={form}
          path="sensitive.birthYear"
          label={t('profile.privacy.birthYear')}
          hint={t('profile.privacy.birthYearHint')}
          optional
          type="number"
          inputMode="numeric"
          min={1930}
          max={2012}
          autoComplete="bday-year"
          className="input--short"
          value={sensitive.birthYear}
          onChange={(e) => set({ birthYear: e.target.value })}
        />
      </fieldset>
    </>
  );
}
