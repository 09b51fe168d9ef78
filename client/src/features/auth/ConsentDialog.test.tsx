import { describe, expect, it } from 'vitest';
import { screen } from '@testing-library/react';
import { PRIVACY_NOTICE_VERSION } from '@kafaat/shared';
import { resources } from '../../i18n';
import { buildMe, buildSession } from '../../testing/fakeApi';
import { renderApp } from '../../testing/renderApp';

const fr = resources.fr.translation;

describe('consent to a new privacy notice', () => {
  it('blocks the page with a dialog until the person accepts, then lets them go on', async () => {
    const { user, sent } = renderApp('/', {
      routes: {
        'GET /api/v1/auth/session': () => Response.json(buildSession(buildMe({ consentCurrent: false }))),
        'POST /api/v1/me/consent': () => Response.json(buildMe({ consentCurrent: true })),
      },
    });
    const dialog = await screen.findByRole('dialog', { name: fr.consent.title });
    expect(dialog).toHaveAttribute('aria-modal', 'true');
    expect(screen.getByRole('heading', { name: fr.consent.title })).toHaveFocus();
    expect(screen.getByRole('link', { name: fr.consent.read })).toHaveAttribute('href', '/privacy');
    expect(document.querySelector('main')).toHaveAttribute('inert');

    await user.click(screen.getByRole('button', { name: fr.consent.accept }));
    expect(await screen.findByRole('heading', { level: 1, name: fr.home.hero.title })).toBeInTheDocument();
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(document.querySelector('main')).not.toHaveAttribute('inert');
    const [request] = sent('POST /api/v1/me/consent');
    expect(request?.body).toEqual({ privacyNoticeVersion: PRIVACY_NOTICE_VERSION });
    expect(request?.headers.get('X-CSRF-Token')).toBe('csrf-token-1');
  });

  it('does not appear when the person has accepted the current notice', async () => {
    renderApp('/', { routes: { 'GET /api/v1/auth/session': () => Response.json(buildSession(buildMe())) } });
    expect(await screen.findByRole('button', { name: /Amina El Idrissi/ })).toBeInTheDocument();
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });

  it('on the privacy page, asks inline under the notice instead of covering it', async () => {
    renderApp('/privacy', { routes: { 'GET /api/v1/auth/session': () => Response.json(buildSession(buildMe({ consentCurrent: false }))) } });
    expect(await screen.findByRole('region', { name: fr.consent.title })).toBeInTheDocument();
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 2, name: fr.privacy.sections.sensitive.title })).toBeInTheDocument();
  });
});
