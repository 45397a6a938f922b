import { listFollowUps, logFollowUp } from '../../db/follow-ups/follow-ups';
import { customerTimeline } from '../../db/follow-ups/timeline';
import { worklist } from '../../db/follow-ups/worklist';
import { defineHandlers } from '../ipc/router';

export const followUpsHandlers = defineHandlers({
  'followUps.log': (input, { ledger, actor }) => logFollowUp(ledger, input, actor),
  'followUps.list': (q, { ledger }) => listFollowUps(ledger, q),
  'followUps.worklist': (q, { ledger }) => worklist(ledger, q),
  'followUps.timeline': (q, { ledger }) => customerTimeline(ledger, q),
});
