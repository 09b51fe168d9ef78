/**
 * What new-match notifications add to "delete my account": the rows recording which opportunities a talent was
 * told about (the notifications themselves go with the person's inbox). Imported by newMatchNotifier.ts, so a
 * process running the job registers it.
 */
import { Types } from 'mongoose';
import { NewMatchNotice } from '../../models/NewMatchNotice';
import { registerErasureStep } from '../accounts/accountEraser';

registerErasureStep('newMatches', async ({ userId }) => {
  await NewMatchNotice.deleteMany({ talentId: new Types.ObjectId(String(userId)) });
});
