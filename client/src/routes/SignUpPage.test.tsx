import { describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import { PRIVACY_NOTICE_VERSION } from '@kafaat/shared';
import { resources } from '../i18n';
import { apiError } from '../testing/fakeApi';
import { renderApp } from '../testing/renderApp';

const fr = resources.fr.translation;
const en = resources.en.translation;

type User = ReturnType<typeof renderApp>['user'];

async function fillEmployerForm(user: User) {
  await user.type(screen.getByLabelText(fr.fields.displayName), 'Salma Benani');
  await user.type(screen.getByLabelText(fr.fields.email), 'salma@fintech.ma');
  await user.type(screen.getByLabelText(fr.fields.password), 'une phrase longue');
  await user.type(screen.getByLabelText(fr.fields.organisationName.employer), 'Fintech Casa');
  await user.type(screen.getByLabelText(new RegExp(fr.fields.website)), 'https://fintech.ma');
  await user.click(screen.getByRole('checkbox', { name: new RegExp(fr.signUp.form.privacyAccept) }));
}

describe('creating an account', () => {
  it('asks first what the person is, then shows the form for that choice', async () => {
    const { user } = renderApp('/signup');
    await screen.findByRole('heading', { level: 1, name: fr.signUp.title });
    await user.click(screen.getByRole('button', { name: fr.signUp.choose.continue }));
    expect(await screen.findByRole('alert')).toHaveTextContent(fr.errors.fields.accountType.default);

    await user.click(screen.getByRole('radio', { name: new RegExp(fr.signUp.choose.options.employer.title) }));
    await user.click(screen.getByRole('button', { name: fr.signUp.choose.continue }));
    expect(window.location.search).toBe('?as=employer');
    expect(await screen.findByLabelText(fr.fields.organisationName.employer)).toBeInTheDocument();
    expect(screen.getByLabelText(fr.fields.country)).toHaveValue('MA');
    expect(screen.getByLabelText(fr.fields.password)).toHaveAccessibleDescription(/10/);
  });

  it("shows each of the server's field errors next to its field, in the user's language", async () => {
    const details = [
      { path: 'email', location: 'body', code: 'duplicate', message: 'This email is already used.' },
      { path: 'organisation.website', location: 'body', code: 'invalid_format', message: 'must be an http(s) address' },
    ];
    const { user, sent } = renderApp('/signup?as=employer', {
      routes: { 'POST /api/v1/auth/signup': () => apiError(400, 'validation_failed', 'Some fields are invalid.', details) },
    });
    await fillEmployerForm(user);
    await user.click(screen.getByRole('button', { name: fr.signUp.form.submit }));

    const summary = await screen.findByRole('alert');
    expect(summary).toHaveFocus();
    expect(within(summary).getByRole('link', { name: fr.errors.fields.email.duplicate })).toBeInTheDocument();
    expect(screen.getByLabelText(fr.fields.email)).toHaveAccessibleDescription(fr.errors.fields.email.duplicate);
    expect(screen.getByLabelText(fr.fields.email)).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByLabelText(new RegExp(fr.fields.website))).toHaveAccessibleDescription(
      expect.stringContaining(fr.errors.fields.website.default),
    );
    expect(screen.getByLabelText(fr.fields.displayName)).not.toHaveAttribute('aria-invalid');

    const [request] = sent('POST /api/v1/auth/signup');
    expect(request?.headers.get('X-CSRF-Token')).toBe('csrf-token-1');
    expect(request?.body).toMatchObject({
      accountType: 'employer',
      email: 'salma@fintech.ma',
      locale: 'fr',
      privacyNoticeVersion: PRIVACY_NOTICE_VERSION,
      organisation: { name: 'Fintech Casa', country: 'MA', website: 'https://fintech.ma' },
    });
  });

  it('checks the form before sending: short password and privacy not accepted, explained in English', async () => {
    const { user, sent } = renderApp('/signup?as=migrant&lang=en');
    await user.type(await screen.findByLabelText(en.fields.displayName), 'Moussa Traoré');
    await user.type(screen.getByLabelText(en.fields.email), 'moussa@example.ma');
    await user.type(screen.getByLabelText(en.fields.password), 'short');
    await user.click(screen.getByRole('button', { name: en.signUp.form.submit }));

    const summary = await screen.findByRole('alert');
    expect(summary).toHaveTextContent(en.errors.fields.password.too_small.replace('{{min}}', '10'));
    expect(summary).toHaveTextContent(en.errors.fields.privacyAccepted.default);
    expect(screen.queryByLabelText(en.fields.organisationName.employer)).not.toBeInTheDocument();
    expect(sent('POST /api/v1/auth/signup')).toHaveLength(0);
  });

  it('says "check your inbox" once the server accepts, whatever the address', async () => {
    const { user, sent } = renderApp('/signup?as=employer', {
      routes: { 'POST /api/v1/auth/signup': () => Response.json({ status: 'accepted', message: 'ok' }, { status: 202 }) },
    });
    await fillEmployerForm(user);
    await user.click(screen.getByRole('button', { name: fr.signUp.form.submit }));
    const heading = await screen.findByRole('heading', { level: 1, name: fr.signUp.sent.title });
    expect(heading).toHaveFocus();
    expect(screen.getByText(/salma@fintech\.ma/)).toBeInTheDocument();
    expect(sent('POST /api/v1/auth/signup')).toHaveLength(1);
  });
});
