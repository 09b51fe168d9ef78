import { useTranslation } from 'react-i18next';
import { TALENT_KINDS } from '@kafaat/shared';
import { CountrySelect } from '../../../components/form/CountrySelect';
import { TextAreaField, TextField } from '../../../components/form/Fields';
import { RadioGroup } from '../ChoiceFields';
import { OccupationsField } from '../OccupationsField';
import type { StepProps } from '../stepProps';

/** Step 1: who the talent is, in a line, their occupations and a few sentences, and where they live. */
export function AboutStep({ draft, change, form }: StepProps) {
  const { t } = useTranslation();
  return (
    <>
      <RadioGroup
        form={form}
        path="kind"
        legend={t('profile.about.kind')}
        choices={TALENT_KINDS.map((kind) => ({ value: kind, title: t(`profile.kinds.${kind}.title`), hint: t(`profile.kinds.${kind}.hint`) }))}
        value={draft.kind}
        onChange={(kind) => change('kind', kind)}
      />
      <TextField
        form={form}
        path="headline" dir="auto"
        label={t('profile.about.headline')}
        hint={t('profile.about.headlineHint')}
        maxLength={120}
        value={draft.headline}
        onChange={(event) => change('headline', event.target.value)}
      />
      <OccupationsField form={form} value={draft.occupations} onChange={(update) => change('occupations', update)} />
      <TextAreaField
        form={form}
        path="summary" dir="auto"
        label={t('profile.about.summary')}
        hint={t('profile.about.summaryHint')}
        optional
        rows={6}
        maxLength={2000}
        value={draft.summary}
        onChange={(event) => change('summary', event.target.value)}
      />
      <CountrySelect
        form={form}
        path="country"
        label={t('profile.about.country')}
        optional
        value={draft.country}
        onChange={(event) => change('country', event.target.value)}
      />
      <TextField
        form={form}
        path="city" dir="auto"
        label={t('profile.about.city')}
        optional
        maxLength={80}
        autoComplete="address-level2"
        value={draft.city}
        onChange={(event) => change('city', event.target.value)}
      />
    </>
  );
}
