import { describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import { resources } from '../i18n';
import { apiError, buildMe, buildSession, type Routes } from '../testing/fakeApi';
import { renderApp } from '../testing/renderApp';

const fr = resources.fr.translation;
const en = resources.en.translation;

const sessions = {
  items: [
    { id: 's1', current: true, userAgent: 'Mozilla/5.0 (Linux; Android 13) Chrome/120 Mobile Safari/537.36', ip: '196.12.1.1', createdAt: '2026-11-01T10:00:00Z', lastSeenAt: '2026-11-22T10:00:00Z' },
    { id: 's2', current: false, userAgent: 'Mozilla/5.0 (Windows NT 10.0; rv:120.0) Gecko/20100101 Firefox/120.0', ip: null, createdAt: '2026-10-01T10:00:00Z', lastSeenAt: '2026-11-02T10:00:00Z' },
  ],
};

function signedIn(routes: Routes = {}): Routes {
  return {
    'GET /api/v1/auth/session': () => Response.json(buildSession(buildMe())),
    'GET /api/v1/me/sessions': () => Response.json(sessions),
    ...routes,
  };
}

describe('account settings', () => {
  it('saves a new language and switches the interface to it', async () => {
    const { user, sent } = renderApp('/account', {
      routes: signedIn({ 'PATCH /api/v1/me': ({ body }) => Response.json(buildMe(body as object)) }),
    });
    await user.selectOptions(await screen.findByRole('combobox', { name: fr.fields.locale }), 'en');
    await user.click(screen.getByRole('button', { name: fr.common.save }));
    expect(await screen.findByRole('heading', { level: 1, name: en.account.title })).toBeInTheDocument();
    expect(document.documentElement).toHaveAttribute('lang', 'en');
    expect(await screen.findByText(en.account.profile.saved)).toHaveFocus();
    expect(sent('PATCH /api/v1/me')[0]?.body).toEqual({ displayName: 'Amina El Idrissi', locale: 'en' });
  });

  it('shows a wrong current password next to that field', async () => {
    const { user } = renderApp('/account', {
      routes: signedIn({ 'POST /api/v1/me/password': () => apiError(400, 'invalid_credentials') }),
    });
    await user.type(await screen.findByLabelText(fr.fields.currentPassword), 'not my password');
    await user.type(screen.getByLabelText(fr.fields.newPassword), 'a brand new long password');
    await user.click(screen.getByRole('button', { name: fr.account.password.submit }));
    expect(await screen.findByLabelText(fr.fields.currentPassword)).toHaveAccessibleDescription(
      fr.errors.fields.currentPassword.invalid_credentials,
    );
  });

  it('lists devices with this one marked, and signs another one out', async () => {
    const { user, sent } = renderApp('/account', {
      routes: signedIn({ 'DELETE /api/v1/me/sessions/s2': () => new Response(null, { status: 204 }) }),
    });
    const list = (await screen.findByText('Chrome · Android')).closest('ul') as HTMLElement;
    expect(within(list).getByText(fr.account.sessions.current)).toBeInTheDocument();
    expect(within(list).getAllByRole('button', { name: new RegExp(fr.account.sessions.revoke) })).toHaveLength(1);
    await user.click(within(list).getByRole('button', { name: /Firefox · Windows/ }));
    expect(await screen.findByText(fr.account.sessions.revoked)).toBeInTheDocument();
    expect(sent('DELETE /api/v1/me/sessions/s2')).toHaveLength(1);
    expect(sent('GET /api/v1/me/sessions').length).toBeGreaterThan(1);
  });

  it('signs out of every device and lands on the home page, not on sign-in', async () => {
    const { user, sent } = renderApp('/account', {
      routes: signedIn({ 'POST /api/v1/auth/signout-everywhere': () => Response.json(buildSession(null, 'token-2')) }),
    });
    await user.click(await screen.findByRole('button', { name: fr.account.sessions.everywhere }));
    expect(await screen.findByText(fr.notices.signedOutEverywhere)).toHaveFocus();
    expect(window.location.pathname).toBe('/');
    expect(sent('POST /api/v1/auth/signout-everywhere')).toHaveLength(1);
  });

  it('offers the export as a kafaat-export.json download', async () => {
    renderApp('/account', { routes: signedIn() });
    const link = await screen.findByRole('link', { name: fr.account.export.download });
    expect(link).toHaveAttribute('href', '/api/v1/me/export');
    expect(link).toHaveAttribute('download', 'kafaat-export.json');
  });

  it('deletes the account only with the password and an explicit "I understand", then signs out', async () => {
    let deleted = false;
    const { user, sent } = renderApp('/account', {
      routes: signedIn({
        'GET /api/v1/auth/session': () => Response.json(buildSession(deleted ? null : buildMe())),
        'DELETE /api/v1/me': () => {
          deleted = true;
          return new Response(null, { status: 204 });
        },
      }),
    });
    expect(await screen.findByText(fr.account.delete.warning)).toBeInTheDocument();
    const section = screen.getByRole('region', { name: fr.account.delete.title });
    await user.type(within(section).getByLabelText(fr.fields.password), 'une phrase longue');
    await user.click(within(section).getByRole('button', { name: fr.account.delete.submit }));
    expect(await within(section).findByRole('alert')).toHaveTextContent(fr.errors.fields.confirm.default);
    expect(sent('DELETE /api/v1/me')).toHaveLength(0);

    await user.click(within(section).getByRole('checkbox', { name: fr.account.delete.confirm }));
    await user.click(within(section).getByRole('button', { name: fr.account.delete.submit }));
    expect(await screen.findByText(fr.notices.accountDeleted)).toBeInTheDocument();
    expect(window.location.pathname).toBe('/');
    expect(sent('DELETE /api/v1/me')[0]?.body).toEqual({ password: 'une phrase longue', confirm: 'DELETE' });
    expect(await screen.findByRole('link', { name: fr.layout.nav.signIn })).toBeInTheDocument();
  });
});
