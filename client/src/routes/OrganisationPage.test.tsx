import { describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import type { Organisation } from '@kafaat/shared';
import { resources } from '../i18n';
import { apiError, buildMe, buildSession, type Routes } from '../testing/fakeApi';
import { renderApp } from '../testing/renderApp';

const fr = resources.fr.translation;
const ORG_ID = '64b7f0c2a1b2c3d4e5f60799';

function buildOrganisation(overrides: Partial<Organisation> = {}): Organisation {
  return {
    id: ORG_ID,
    name: 'Fintech Casa',
    kind: 'employer',
    institutionType: null,
    country: 'MA',
    city: 'Casablanca',
    website: 'https://fintech.ma',
    description: null,
    status: 'pending',
    statusReason: null,
    verifiedAt: null,
    memberCount: 1,
    createdAt: '2026-02-01T09:00:00.000Z',
    ...overrides,
  };
}

function member(isAdmin: boolean, organisation: Partial<Organisation> = {}, routes: Routes = {}): Routes {
  const org = buildOrganisation(organisation);
  const me = buildMe({ role: 'employer', talentKind: null, organisation: { id: ORG_ID, name: org.name, kind: org.kind, status: org.status, isAdmin } });
  return {
    'GET /api/v1/auth/session': () => Response.json(buildSession(me)),
    [`GET /api/v1/organisations/${ORG_ID}`]: () => Response.json(org),
    [`GET /api/v1/organisations/${ORG_ID}/members`]: () =>
      Response.json({ items: [{ id: me.id, displayName: me.displayName, email: me.email, role: 'employer', isAdmin }] }),
    [`GET /api/v1/organisations/${ORG_ID}/invitations`]: () => Response.json({ items: [] }),
    ...routes,
  };
}

describe('my organisation', () => {
  it('explains what a pending organisation can and cannot do yet', async () => {
    renderApp('/organisation', { routes: member(false) });
    expect(await screen.findByRole('heading', { level: 1, name: 'Fintech Casa' })).toBeInTheDocument();
    expect(await screen.findByText(fr.organisation.status.pendingBody.employer)).toBeInTheDocument();
    expect(screen.getByText('Maroc')).toBeInTheDocument();
    expect(screen.getByText(fr.organisation.details.adminsOnly)).toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: fr.organisation.invitations.title })).not.toBeInTheDocument();
  });

  it('shows the reason of a rejection', async () => {
    renderApp('/organisation', { routes: member(false, { status: 'rejected', statusReason: 'Registre de commerce illisible' }) });
    expect(await screen.findByText(fr.organisation.status.rejected)).toBeInTheDocument();
    expect(screen.getByText(/Registre de commerce illisible/)).toBeInTheDocument();
  });

  it('lets an organisation admin edit the details, with errors next to the fields', async () => {
    const { user, sent } = renderApp('/organisation', {
      routes: member(true, {}, {
        [`PATCH /api/v1/organisations/${ORG_ID}`]: ({ body }) => Response.json(buildOrganisation(body as Partial<Organisation>)),
      }),
    });
    await user.click(await screen.findByRole('button', { name: fr.organisation.details.edit }));
    const website = screen.getByLabelText(new RegExp(fr.fields.website));
    await user.clear(website);
    await user.type(website, 'fintech.ma');
    await user.click(screen.getByRole('button', { name: fr.common.save }));
    expect(website).toHaveAccessibleDescription(expect.stringContaining(fr.errors.fields.website.default));
    expect(sent(`PATCH /api/v1/organisations/${ORG_ID}`)).toHaveLength(0);

    await user.clear(website);
    await user.type(screen.getByLabelText(new RegExp(fr.fields.description)), 'Paiements mobiles.');
    await user.click(screen.getByRole('button', { name: fr.common.save }));
    expect(await screen.findByText(fr.organisation.details.saved)).toHaveFocus();
    expect(sent(`PATCH /api/v1/organisations/${ORG_ID}`)[0]?.body).toMatchObject({ website: null, description: 'Paiements mobiles.' });
    expect(screen.getByText('Paiements mobiles.')).toBeInTheDocument();
  });

  it('lets an organisation admin invite a colleague and revoke a pending invitation', async () => {
    const invitations: unknown[] = [];
    const { user, sent } = renderApp('/organisation', {
      routes: member(true, {}, {
        [`GET /api/v1/organisations/${ORG_ID}/invitations`]: () => Response.json({ items: invitations }),
        [`POST /api/v1/organisations/${ORG_ID}/invitations`]: ({ body }) => {
          const invitation = { id: 'inv1', email: (body as { email: string }).email, role: 'employer', isAdmin: false, expiresAt: '2030-01-01T00:00:00Z', acceptedAt: null, createdAt: '2026-11-20T00:00:00Z' };
          invitations.push(invitation);
          return Response.json(invitation, { status: 201 });
        },
        [`DELETE /api/v1/organisations/${ORG_ID}/invitations/inv1`]: () => {
          invitations.pop();
          return new Response(null, { status: 204 });
        },
      }),
    });
    expect(await screen.findByText(fr.organisation.invitations.empty)).toBeInTheDocument();
    const form = screen.getByRole('form', { name: fr.organisation.invitations.formLabel });
    await user.type(within(form).getByLabelText(fr.fields.inviteeEmail), 'Youssef@Fintech.ma ');
    await user.click(within(form).getByRole('button', { name: fr.organisation.invitations.send }));
    expect(await screen.findByText(fr.organisation.invitations.sent.replace('{{email}}', 'youssef@fintech.ma'))).toBeInTheDocument();
    expect(sent(`POST /api/v1/organisations/${ORG_ID}/invitations`)[0]?.body).toEqual({ email: 'youssef@fintech.ma', role: 'employer', isAdmin: false });

    await user.click(await screen.findByRole('button', { name: /youssef@fintech\.ma/ }));
    expect(await screen.findByText(fr.organisation.invitations.empty)).toBeInTheDocument();
  });

  it('says so to a talent, who has no organisation', async () => {
    renderApp('/organisation', { routes: { 'GET /api/v1/auth/session': () => Response.json(buildSession(buildMe())) } });
    expect(await screen.findByText(fr.organisation.none)).toBeInTheDocument();
  });
});

describe('accepting an invitation', () => {
  const token = 'a'.repeat(43);

  it('shows who invites, then creates the account and opens the organisation', async () => {
    let signedIn = false;
    const { user, sent } = renderApp(`/invitations/accept?token=${token}`, {
      routes: member(false, {}, {
        'GET /api/v1/auth/session': () => Response.json(buildSession(signedIn ? buildMe({ role: 'employer', organisation: { id: ORG_ID, name: 'Fintech Casa', kind: 'employer', status: 'pending', isAdmin: false } }) : null)),
        'GET /api/v1/invitations/preview': () => Response.json({ organisationName: 'Fintech Casa', email: 'youssef@fintech.ma', role: 'employer' }),
        'POST /api/v1/invitations/accept': () => {
          signedIn = true;
          return Response.json(buildSession(buildMe({ role: 'employer', organisation: { id: ORG_ID, name: 'Fintech Casa', kind: 'employer', status: 'pending', isAdmin: false } })));
        },
      }),
    });
    expect(await screen.findByText(/Fintech Casa vous invite/)).toBeInTheDocument();
    expect(sent('GET /api/v1/invitations/preview')[0]?.url.searchParams.get('token')).toBe(token);
    await user.type(screen.getByLabelText(fr.fields.displayName), 'Youssef Alaoui');
    await user.type(screen.getByLabelText(fr.fields.password), 'une phrase longue');
    await user.click(screen.getByRole('checkbox', { name: new RegExp(fr.signUp.form.privacyAccept) }));
    await user.click(screen.getByRole('button', { name: fr.acceptInvitation.submit }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Fintech Casa' })).toBeInTheDocument();
    expect(sent('POST /api/v1/invitations/accept')[0]?.body).toMatchObject({ token, displayName: 'Youssef Alaoui' });
  });

  it('explains an expired invitation', async () => {
    renderApp(`/invitations/accept?token=${token}`, { routes: { 'GET /api/v1/invitations/preview': () => apiError(400, 'invalid_token') } });
    expect(await screen.findByRole('heading', { level: 1, name: fr.acceptInvitation.invalidTitle })).toBeInTheDocument();
  });
});
