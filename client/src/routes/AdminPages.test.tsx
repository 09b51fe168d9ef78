import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import type { AuditEntry, Organisation } from '@kafaat/shared';
import { resources } from '../i18n';
import { buildMe, buildSession, type Routes } from '../testing/fakeApi';
import { renderApp } from '../testing/renderApp';

const fr = resources.fr.translation;

function pendingOrganisation(n: number): Organisation {
  return {
    id: `64b7f0c2a1b2c3d4e5f607${String(n).padStart(2, '0')}`,
    name: `Organisation ${n}`,
    kind: n % 2 ? 'employer' : 'institution',
    institutionType: n % 2 ? null : 'ngo',
    country: 'MA',
    city: 'Rabat',
    website: null,
    description: null,
    status: 'pending',
    statusReason: null,
    verifiedAt: null,
    memberCount: 1,
    createdAt: '2026-11-01T09:00:00.000Z',
  };
}

function auditEntry(n: number): AuditEntry {
  return {
    id: `a${n}`,
    at: '2026-11-22T10:00:00.000Z',
    action: n === 1 ? 'auth.signin' : 'organisation.verified',
    actorId: '64b7f0c2a1b2c3d4e5f60718',
    actorRole: 'admin',
    targetType: 'organisation',
    targetId: '64b7f0c2a1b2c3d4e5f60799',
    ip: '196.12.1.1',
    outcome: n === 1 ? 'failure' : 'success',
    meta: {},
  };
}

const as = (role: 'officer' | 'admin', routes: Routes): Routes => ({
  'GET /api/v1/auth/session': () => Response.json(buildSession(buildMe({ role, talentKind: null }))),
  ...routes,
});

describe('verification queue', () => {
  it('loads more on demand and filters by kind', async () => {
    const { user, sent } = renderApp('/officer/verifications', {
      routes: as('officer', {
        'GET /api/v1/organisations': ({ url }) =>
          url.searchParams.get('cursor')
            ? Response.json({ items: [pendingOrganisation(3)], nextCursor: null })
            : Response.json({ items: [pendingOrganisation(1), pendingOrganisation(2)], nextCursor: 'page-2' }),
      }),
    });
    expect(await screen.findByRole('heading', { level: 2, name: 'Organisation 1' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: fr.common.loadMore }));
    expect(await screen.findByRole('heading', { level: 2, name: 'Organisation 3' })).toBeInTheDocument();
    expect(screen.getByText(fr.common.endOfList)).toBeInTheDocument();
    expect(sent('GET /api/v1/organisations')[0]?.url.searchParams.get('status')).toBe('pending');

    await user.selectOptions(screen.getByLabelText(fr.verifications.kind), 'employer');
    await user.click(screen.getByRole('button', { name: fr.common.filter }));
    await screen.findByRole('heading', { level: 2, name: 'Organisation 1' });
    expect(sent('GET /api/v1/organisations').at(-1)?.url.searchParams.get('kind')).toBe('employer');
  });

  it('requires a reason to reject, then sends the decision', async () => {
    let decided = false;
    const { user, sent } = renderApp('/officer/verifications', {
      routes: as('officer', {
        'GET /api/v1/organisations': () => Response.json({ items: decided ? [] : [pendingOrganisation(1)], nextCursor: null }),
        [`POST /api/v1/organisations/${pendingOrganisation(1).id}/verification`]: () => {
          decided = true;
          return Response.json({ ...pendingOrganisation(1), status: 'rejected', statusReason: 'Site introuvable' });
        },
      }),
    });
    const item = (await screen.findByRole('heading', { level: 2, name: 'Organisation 1' })).closest('li') as HTMLElement;
    await user.click(within(item).getByRole('button', { name: /Refuser/ }));
    await user.click(within(item).getByRole('button', { name: fr.verifications.confirmReject }));
    expect(within(item).getByLabelText(fr.fields.reason)).toHaveAccessibleDescription(expect.stringContaining(fr.errors.fields.reason.default));
    expect(sent(`POST /api/v1/organisations/${pendingOrganisation(1).id}/verification`)).toHaveLength(0);

    await user.type(within(item).getByLabelText(fr.fields.reason), 'Site introuvable');
    await user.click(within(item).getByRole('button', { name: fr.verifications.confirmReject }));
    expect(await screen.findByText(fr.verifications.rejected.replace('{{name}}', 'Organisation 1'))).toBeInTheDocument();
    expect(await screen.findByText(fr.verifications.empty)).toBeInTheDocument();
    expect(sent(`POST /api/v1/organisations/${pendingOrganisation(1).id}/verification`)[0]?.body).toEqual({ decision: 'reject', reason: 'Site introuvable' });
  });
});

describe('audit log', () => {
  it('is for admins only', async () => {
    renderApp('/admin/audit', { routes: as('officer', {}) });
    expect(await screen.findByRole('heading', { level: 1, name: fr.noAccess.title })).toBeInTheDocument();
  });

  it('shows entries in a table, filters through the address, and loads more', async () => {
    const { user, sent } = renderApp('/admin/audit', {
      routes: as('admin', {
        'GET /api/v1/admin/audit': ({ url }) =>
          url.searchParams.get('cursor')
            ? Response.json({ items: [auditEntry(3)], nextCursor: null })
            : Response.json({ items: [auditEntry(1), auditEntry(2)], nextCursor: 'next' }),
      }),
    });
    const table = await screen.findByRole('table', { name: fr.audit.caption });
    expect(within(table).getAllByRole('row')).toHaveLength(3);
    expect(within(table).getByText(fr.audit.outcomes.failure)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: fr.common.loadMore }));
    await screen.findByText(fr.common.endOfList);
    expect(within(table).getAllByRole('row')).toHaveLength(4);

    await user.type(screen.getByLabelText(new RegExp(fr.fields.actorId)), 'not-an-id');
    await user.click(screen.getByRole('button', { name: fr.common.filter }));
    expect(await screen.findByRole('alert')).toHaveTextContent(fr.errors.fields.actorId.default);

    await user.clear(screen.getByLabelText(new RegExp(fr.fields.actorId)));
    await user.type(screen.getByLabelText(new RegExp(fr.fields.action)), 'auth.signin');
    await user.type(screen.getByLabelText(new RegExp(`^${fr.fields.from}`)), '2026-11-01');
    await user.click(screen.getByRole('button', { name: fr.common.filter }));
    await waitFor(() => expect(sent('GET /api/v1/admin/audit').at(-1)?.url.searchParams.get('action')).toBe('auth.signin'));
    const filtered = sent('GET /api/v1/admin/audit').at(-1);
    expect(filtered?.url.searchParams.get('action')).toBe('auth.signin');
    expect(filtered?.url.searchParams.get('from')).toBe(new Date('2026-11-01T00:00:00').toISOString());
    expect(new URLSearchParams(window.location.search).get('from')).toBe('2026-11-01');
  });
});
