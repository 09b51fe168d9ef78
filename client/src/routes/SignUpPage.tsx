import { useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Page } from '../components/Page';
import { AccountTypeChooser } from '../features/auth/AccountTypeChooser';
import { CheckInbox } from '../features/auth/CheckInbox';
import { SignUpForm } from '../features/auth/SignUpForm';
import { choiceOf } from '../features/auth/signUpChoices';
import { useCurrentUser } from '../features/auth/useSession';
import { paths } from './paths';

/** /signup: choose what you are (kept in ?as=), fill in the form, then "check your inbox". */
export function SignUpPage() {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const [searchParams, setSearchParams] = useSearchParams();
  const [sentTo, setSentTo] = useState<string | null>(null);
  /** Set once the person moved between steps: from then on each step's heading takes focus. */
  const [moved, setMoved] = useState(false);
  const choice = choiceOf(searchParams.get('as'));

  if (sentTo) return <CheckInbox email={sentTo} />;
  if (user) {
    return (
      <Page title={t('signUp.title')} lead={t('signUp.alreadySignedIn', { name: user.displayName })}>
        <p>
          <Link className="button" to={paths.account}>
            {t('layout.nav.account')}
          </Link>
        </p>
      </Page>
    );
  }

  function choose(value: string | null) {
    setMoved(true);
    setSearchParams((params) => {
      if (value) params.set('as', value);
      else params.delete('as');
      return params;
    });
  }

  if (!choice) {
    return (
      <Page key="choose" title={t('signUp.title')} lead={t('signUp.choose.lead')} focusOnMount={moved}>
        <AccountTypeChooser initial={searchParams.get('as') ?? undefined} onChoose={(picked) => choose(picked.value)} />
        <p>
          {t('signUp.haveAccount')} <Link to={paths.signIn}>{t('layout.nav.signIn')}</Link>
        </p>
      </Page>
    );
  }

  return (
    <Page key="form" title={t('signUp.title')} focusOnMount={moved}>
      <div className="chosen">
        <p>
          {t('signUp.form.signingUpAs')} <strong>{t(`signUp.choose.options.${choice.value}.title`)}</strong>
        </p>
        <button type="button" className="link-button" onClick={() => choose(null)}>
          {t('signUp.form.change')}
        </button>
      </div>
      <SignUpForm choice={choice} onSent={setSentTo} />
    </Page>
  );
}
