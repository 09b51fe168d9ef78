import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { PRIVACY_NOTICE_VERSION, SignUpSchema } from '@kafaat/shared';
import { useLocale } from '../../i18n';
import { CountrySelect } from '../../components/form/CountrySelect';
import { ErrorSummary } from '../../components/form/ErrorSummary';
import { TextField, optionalTextOf, textOf } from '../../components/form/Fields';
import { LanguageSelect } from '../../components/form/LanguageSelect';
import { NewPasswordField } from '../../components/form/NewPasswordField';
import { PrivacyConsentField, privacyConsentIssues } from '../../components/form/PrivacyConsentField';
import { issuesOf, useFormErrors } from '../../components/form/useFormErrors';
import type { Issue } from '../../components/form/errorText';
import { paths } from '../../routes/paths';
import { useSignUp } from './authApi';
import type { SignUpChoice } from './signUpChoices';
import { useSession } from './useSession';

/** Field paths as the API names them, in display order (the error summary follows it). */
const PATHS = [
  'displayName',
  'email',
  'password',
  'locale',
  'organisation.name',
  'organisation.country',
  'organisation.city',
  'organisation.website',
  'privacyAccepted',
] as const;

/** Step 2 of sign-up: who you are and how to reach you, plus the organisation for employers and institutions. */
export function SignUpForm({ choice, onSent }: { choice: SignUpChoice; onSent: (email: string) => void }) {
  const { t } = useTranslation();
  const { locale } = useLocale();
  const session = useSession();
  const signUp = useSignUp();
  const form = useFormErrors(PATHS);
  const withOrganisation = choice.accountType !== 'talent';

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const input = {
      accountType: choice.accountType,
      displayName: textOf(data, 'displayName'),
      email: textOf(data, 'email'),
      password: textOf(data, 'password'),
      locale: textOf(data, 'locale'),
      ...(choice.accountType === 'talent' ? { talentKind: choice.talentKind } : {}),
      ...(withOrganisation
        ? {
            organisation: {
              name: textOf(data, 'organisation.name'),
              country: textOf(data, 'organisation.country'),
              city: optionalTextOf(data, 'organisation.city'),
              website: optionalTextOf(data, 'organisation.website'),
              ...(choice.accountType === 'institution' ? { institutionType: choice.institutionType } : {}),
            },
          }
        : {}),
      privacyNoticeVersion: session.data?.privacyNoticeVersion ?? PRIVACY_NOTICE_VERSION,
    };
    const parsed = SignUpSchema.safeParse(input);
    const issues: Issue[] = [...(parsed.success ? [] : issuesOf(parsed.error)), ...privacyConsentIssues(data)];
    if (!parsed.success || issues.length > 0) return form.showIssues(issues);

    form.clear();
    signUp.mutate(parsed.data, { onSuccess: () => onSent(parsed.data.email), onError: (error) => form.showError(error) });
  }

  const organisationKind = choice.accountType === 'institution' ? 'institution' : 'employer';
  return (
    <form noValidate onSubmit={onSubmit} className="form">
      <ErrorSummary form={form} />
      <TextField form={form} path="displayName" label={t('fields.displayName')} hint={t('fields.displayNameHint')} autoComplete="name" />
      <TextField form={form} path="email" type="email" label={t('fields.email')} autoComplete="email" inputMode="email" spellCheck={false} />
      <NewPasswordField form={form} path="password" label={t('fields.password')} />
      <LanguageSelect form={form} path="locale" label={t('fields.locale')} hint={t('fields.localeHint')} defaultValue={locale} />
      {withOrganisation ? (
        <fieldset className="form__group">
          <legend className="form__legend">{t(`signUp.form.organisationLegend.${organisationKind}`)}</legend>
          <TextField form={form} path="organisation.name" label={t(`fields.organisationName.${organisationKind}`)} autoComplete="organization" />
          <CountrySelect form={form} path="organisation.country" label={t('fields.country')} defaultValue="MA" />
          <TextField form={form} path="organisation.city" label={t('fields.city')} optional autoComplete="address-level2" />
          <TextField
            form={form}
            path="organisation.website"
            type="url"
            inputMode="url"
            label={t('fields.website')}
            hint={t('fields.websiteHint')}
            optional
            spellCheck={false}
          />
        </fieldset>
      ) : null}
      <PrivacyConsentField form={form} />
      <p>
        <button type="submit" className="button" disabled={signUp.isPending}>
          {signUp.isPending ? t('signUp.form.submitting') : t('signUp.form.submit')}
        </button>
      </p>
    </form>
  );
}
