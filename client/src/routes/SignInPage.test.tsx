import { describe, expect, it } from 'vitest';
import { screen } from '@testing-library/react';
import { resources } from '../i18n';
import { apiError, buildMe, buildSession } from '../testing/fakeApi';
import { renderApp } from '../testing/renderApp';

const fr = resources.fr.translation;
const ar = resources.ar.translation;

type User = ReturnType<typeof renderApp>['user'];

async function signIn(user: User, text: typeof fr = fr) {
  await user.type(await screen.findByLabelText(text.fields.email), 'amina@example.ma');
  await user.type(screen.getByLabelText(text.fields.password), 'une phrase longue');
  await user.click(screen.getByRole('button', { name: text.signIn.submit }));
}

describe('signing in', () => {
  it('after too many attempts, says in how many minutes to try again (from Retry-After)', async () => {
    const { user } = renderApp('/signin', {
      routes: {
        'POST /api/v1/auth/signin': () =>
          apiError(429, 'too_many_requests', 'Too many attempts.', { retryAfterSeconds: 540 }, { 'Retry-After': '540' }),
      },
    });
    await signIn(user);
    const summary = await screen.findByRole('alert');
    expect(summary).toHaveTextContent(fr.errors.codes.too_many_requests.replace('{{duration}}', '9 minutes'));
    expect(summary).toHaveFocus();
  });

  it('says the same in Arabic, with the Arabic plural and Western digits', async () => {
    const { user } = renderApp('/signin?lang=ar', {
      routes: { 'POST /api/v1/auth/signin': () => apiError(429, 'too_many_requests', 'Too many', undefined, { 'Retry-After': '180' }) },
    });
    await signIn(user, ar);
    expect(await screen.findByRole('alert')).toHaveTextContent(ar.errors.codes.too_many_requests.replace('{{duration}}', '3 دقائق'));
  });

  it('explains wrong credentials without saying which of the two is wrong', async () => {
    const { user } = renderApp('/signin', { routes: { 'POST /api/v1/auth/signin': () => apiError(401, 'invalid_credentials') } });
    await signIn(user);
    expect(await screen.findByRole('alert')).toHaveTextContent(fr.errors.codes.invalid_credentials);
  });

  it('offers to resend the confirmation email when the address is not confirmed yet', async () => {
    const { user, sent } = renderApp('/signin', {
      routes: {
        'POST /api/v1/auth/signin': () => apiError(403, 'email_not_verified'),
        'POST /api/v1/auth/verify-email/resend': () => Response.json({ status: 'accepted', message: 'ok' }, { status: 202 }),
      },
    });
    await signIn(user);
    await user.click(await screen.findByRole('button', { name: fr.resend.submit }));
    expect(await screen.findByText(fr.resend.sent)).toBeInTheDocument();
    expect(sent('POST /api/v1/auth/verify-email/resend')[0]?.body).toEqual({ email: 'amina@example.ma' });
  });

  it('returns to the ?next= page once signed in, and ignores a next that leaves the site', async () => {
    const signedIn = buildSession(buildMe(), 'token-after-signin');
    const { user } = renderApp('/signin?next=%2Faccount', { routes: { 'POST /api/v1/auth/signin': () => Response.json(signedIn) } });
    await signIn(user);
    expect(await screen.findByRole('heading', { level: 1, name: fr.account.title })).toHaveFocus();
    expect(window.location.pathname).toBe('/account');
  });

  it('goes home rather than to another site', async () => {
    const { user } = renderApp('/signin?next=%2F%2Fevil.example', {
      routes: { 'POST /api/v1/auth/signin': () => Response.json(buildSession(buildMe())) },
    });
    await signIn(user);
    expect(await screen.findByRole('heading', { level: 1, name: fr.home.hero.title })).toBeInTheDocument();
    expect(window.location.pathname).toBe('/');
  });
});
