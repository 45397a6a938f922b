import { dunning } from '../../db/reminders/dunning';
import { listSentReminders, previewReminder } from '../../db/reminders/reminders';
import { listTemplates, saveTemplate } from '../../db/reminders/templates';
import { defineHandlers } from '../ipc/router';
import { sendReminder } from './send';

export const remindersHandlers = defineHandlers({
  'reminders.templates': (_q, { ledger }) => listTemplates(ledger),
  'reminders.saveTemplate': (input, { ledger, actor }) => saveTemplate(ledger, input, actor),
  'reminders.run': (q, { ledger }) => dunning(ledger, q),
  'reminders.preview': (q, { ledger }) => previewReminder(ledger, q).message,
  'reminders.send': (input, ctx) => sendReminder(ctx, input),
  'reminders.sent': (q, { ledger }) => listSentReminders(ledger, q),
});
