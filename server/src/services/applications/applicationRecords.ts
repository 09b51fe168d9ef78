/**
 * The pipeline's part of "download my data" and "delete my account". A talent's applications are theirs:
 * exported as they see them, and deleted with the account. Opportunities belong to their organisation, so a
 * member's deletion leaves them (and the stage changes the member made) in place; the history keeps only the
 * departed member's id, and shows the organisation's name instead of theirs. Imported by the opportunities
 * routes, so both are registered whenever the app is built.
 */
import { Application, type StoredApplication } from '../../models/Application';
import { actorOf } from '../../policies/actor';
import { registerErasureStep } from '../accounts/accountEraser';
import { registerExportSection } from '../accounts/accountExporter';
import { presentApplicationsFor } from './applicationReader';

registerExportSection('applications', async ({ user }) => {
  if (user.role !== 'talent') return [];
  const actor = await actorOf(user);
  const apps = await Application.find({ talentId: user._id }).sort({ _id: 1 }).lean<StoredApplication[]>();
  return actor ? presentApplicationsFor(actor, apps) : [];
});

registerErasureStep('applications', async ({ userId, role }) => {
  if (role === 'talent') await Application.deleteMany({ talentId: userId });
});
