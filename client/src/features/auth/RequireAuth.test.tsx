import { describe, expect, it } from 'vitest';
import { screen } from '@testing-library/react';
import { resources } from '../../i18n';
import { buildMe, buildSession } from '../../testing/fakeApi';
import { renderApp } from '../../testing/renderApp';

const fr = resources.fr.translation;
const signedInAs = (role: Parameters<typeof buildMe>[0]) => ({
  'GET /api/v1/auth/session': () => Response.json(buildSession(buildMe(role))),
});

describe('pages that need a signed-in person', () => {
  it('sends a signed-out visitor to sign in, remembering where they were going', async () => {
    renderApp('/account');
    expect(await screen.findByRole('heading', { level: 1, name: fr.signIn.title })).toBeInTheDocument();
    expect(window.location.pathname).toBe('/signin');
    expect(window.location.search).toBe('?next=%2Faccount');
    expect(screen.getByText(fr.signIn.needed)).toBeInTheDocument();
  });

  it('keeps the query of the page in the return path', async () => {
    renderApp('/admin/audit?action=auth.signin');
    await screen.findByRole('heading', { level: 1, name: fr.signIn.title });
    expect(new URLSearchParams(window.location.search).get('next')).toBe('/admin/audit?action=auth.signin');
  });

  it('tells a talent, in their language, that the verification queue is not for them', async () => {
    const { sent } = renderApp('/officer/verifications?lang=en', { routes: signedInAs({ role: 'talent' }) });
    const en = resources.en.translation;
    expect(await screen.findByRole('heading', { level: 1, name: en.noAccess.title })).toBeInTheDocument();
    expect(sent('GET /api/v1/organisations')).toHaveLength(0);
  });

  it('lets an officer in, and shows an empty queue with what happens next', async () => {
    renderApp('/officer/verifications', {
      routes: {
        ...signedInAs({ role: 'officer' }),
        'GET /api/v1/organisations': () => Response.json({ items: [], nextCursor: null }),
      },
    });
    expect(await screen.findByRole('heading', { level: 1, name: fr.verifications.title })).toBeInTheDocument();
    expect(await screen.findByText(fr.verifications.empty)).toBeInTheDocument();
  });
});

describe('the header', () => {
  it('offers sign-in and sign-up links to visitors', async () => {
    renderApp('/');
    expect(await screen.findByRole('link', { name: fr.layout.nav.signIn })).toHaveAttribute('href', '/signin');
    expect(screen.getByRole('link', { name: fr.layout.nav.signUp })).toHaveAttribute('href', '/signup');
  });

  it("shows an admin's name with links to what an admin may open, and signs out", async () => {
    const { user, sent } = renderApp('/', {
      routes: {
        ...signedInAs({ role: 'admin', displayName: 'Karim Admin' }),
        'POST /api/v1/auth/signout': () => Response.json(buildSession(null, 'token-2')),
      },
    });
    const menuButton = await screen.findByRole('button', { name: /Karim Admin/ });
    expect(menuButton).toHaveAttribute('aria-expanded', 'false');
    await user.click(menuButton);
    expect(screen.getByRole('link', { name: fr.layout.nav.account })).toBeVisible();
    expect(screen.getByRole('link', { name: fr.layout.nav.verifications })).toBeVisible();
    expect(screen.getByRole('link', { name: fr.layout.nav.audit })).toBeVisible();
    expect(screen.queryByRole('link', { name: fr.layout.nav.organisation })).not.toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: fr.layout.nav.signOut }));
    expect(await screen.findByText(fr.notices.signedOut)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: fr.layout.nav.signIn })).toBeInTheDocument();
    expect(sent('POST /api/v1/auth/signout')[0]?.headers.get('X-CSRF-Token')).toBe('csrf-token-1');
  });
});
