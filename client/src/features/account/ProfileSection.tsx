import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { UpdateMeSchema, type Me } from '@kafaat/shared';
import { changeLocale, currentLocale } from '../../i18n';
import { ErrorSummary } from '../../components/form/ErrorSummary';
import { TextField, textOf } from '../../components/form/Fields';
import { LanguageSelect } from '../../components/form/LanguageSelect';
import { useFormErrors } from '../../components/form/useFormErrors';
import { StatusLine } from '../../components/StatusLine';
import { useUpdateMe } from './accountApi';

const PATHS = ['displayName', 'locale'] as const;

/** Name and language; saving a new language also switches the interface to it. */
export function ProfileSection({ user }: { user: Me }) {
  const { t, i18n } = useTranslation();
  const headingId = useId();
  const update = useUpdateMe();
  const form = useFormErrors(PATHS);
  const [saved, setSaved] = useState(false);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const parsed = UpdateMeSchema.safeParse({ displayName: textOf(data, 'displayName'), locale: textOf(data, 'locale') });
    if (!parsed.success) return form.showZodError(parsed.error);
    form.clear();
    update.mutate(parsed.data, {
      onSuccess: (me) => {
        if (me.locale !== currentLocale(i18n)) void changeLocale(i18n, me.locale);
        setSaved(true);
      },
      onError: (error) => form.showError(error),
    });
  }

  return (
    <section className="panel" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('account.profile.title')}</h2>
      <p className="panel__meta">{t('account.profile.email', { email: user.email })}</p>
      <form noValidate onSubmit={onSubmit} className="form" onChange={() => setSaved(false)}>
        <ErrorSummary form={form} />
        <TextField form={form} path="displayName" label={t('fields.displayName')} defaultValue={user.displayName} autoComplete="name" />
        <LanguageSelect form={form} path="locale" label={t('fields.locale')} hint={t('fields.localeHint')} defaultValue={user.locale} />
        <p>
          <button type="submit" className="button" disabled={update.isPending}>
            {update.isPending ? t('common.saving') : t('common.save')}
          </button>
        </p>
        <StatusLine message={saved ? t('account.profile.saved') : null} />
      </form>
    </section>
  );
}
