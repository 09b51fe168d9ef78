/**
 * Applications as a viewer sees them: fetches, in one query per collection, what the presenter shows around
 * each application (opportunity title and organisation, the talent's name and headline, names in the history).
 */
import type { Application as PresentedApplication } from '@kafaat/shared';
import { Opportunity } from '../../models/Opportunity';
import type { StoredApplication } from '../../models/Application';
import { Organisation } from '../../models/Organisation';
import { Profile } from '../../models/Profile';
import { User } from '../../models/User';
import type { Actor } from '../../policies/actor';
import { sideOf } from '../../policies/application';
import { presentApplication } from '../../presenters/application';
import { textOf } from '../../presenters/opportunity';

const unique = (ids: unknown[]) => [...new Set(ids.map(String))];

export async function presentApplicationsFor(actor: Actor, apps: StoredApplication[]): Promise<PresentedApplication[]> {
  if (apps.length === 0) return [];
  const opps = await Opportunity.find({ _id: { $in: unique(apps.map((a) => a.opportunityId)) } }, { type: 1, title: 1, organisationId: 1 }).lean();
  const orgs = await Organisation.find({ _id: { $in: unique(opps.map((o) => o.organisationId)) } }, { name: 1 }).lean();
  const talentIds = unique(apps.map((a) => a.talentId));
  const deciders = unique(apps.flatMap((a) => a.history.filter((h) => h.by === 'owner').map((h) => h.byUserId)));
  const users = await User.find({ _id: { $in: unique([...talentIds, ...deciders]) } }, { displayName: 1 }).lean();
  // Only the headline is read from the profile: nothing else of it can leak through an application.
  const profiles = await Profile.find({ _id: { $in: talentIds } }, { headline: 1 }).lean();

  const orgNames = new Map(orgs.map((o) => [String(o._id), o.name]));
  const oppById = new Map(opps.map((o) => [String(o._id), o]));
  const names = new Map(users.map((u) => [String(u._id), u.displayName]));
  const headlines = new Map(profiles.map((p) => [String(p._id), p.headline ?? '']));

  return apps.map((app) => {
    const opp = oppById.get(String(app.opportunityId));
    const talentId = String(app.talentId);
    return presentApplication(app, {
      opportunity: {
        id: String(app.opportunityId),
        type: app.opportunityType,
        title: textOf(opp?.title),
        organisationName: orgNames.get(String(app.organisationId)) ?? '',
      },
      talent: { id: talentId, displayName: names.get(talentId) ?? '', headline: headlines.get(talentId) ?? '' },
      names,
      viewerSide: sideOf(actor, app),
    });
  });
}

/** One application as the viewer sees it. */
export async function presentApplicationFor(actor: Actor, app: StoredApplication): Promise<PresentedApplication> {
  return (await presentApplicationsFor(actor, [app]))[0]!;
}
