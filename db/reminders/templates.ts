// Reminder templates: the shipped default of each level until the company saves its own wording.
// Placeholders are {{name}}; an unknown one is refused on save so a typo never reaches a customer.
import {
  REMINDER_LEVELS,
  REMINDER_LEVEL_LABELS,
  REMINDER_PLACEHOLDERS,
  reminderTemplateInput,
  type ReminderLevel,
  type ReminderPlaceholder,
  type ReminderTemplate,
  type ReminderTemplateInput,
} from '../../shared/reminders/contract';
import { BahiError } from '../../shared/result';
import { runCommand } from '../ledger/command';
import type { Ledger } from '../ledger/open';
import { prepared } from '../ledger/statements';
import { DEFAULT_TEMPLATES } from './defaults';

type Row = Omit<ReminderTemplate, 'edited'>;

export function listTemplates(ledger: Ledger): ReminderTemplate[] {
  const rows = prepared(
    ledger.sqlite,
    `select level, days, email_subject as emailSubject, email_body as emailBody,
       whatsapp_text as whatsappText, letter_body as letterBody, actor, updated_at as updatedAt
     from reminder_templates`,
  ).all() as Row[];
  const saved = new Map(rows.map((r) => [r.level, r]));
  return REMINDER_LEVELS.map((level) => {
    const row = saved.get(level);
    return row
      ? { ...row, edited: true }
      : { level, ...DEFAULT_TEMPLATES[level], edited: false, actor: null, updatedAt: null };
  });
}

export const templateOf = (ledger: Ledger, level: ReminderLevel): ReminderTemplate =>
  listTemplates(ledger).find((t) => t.level === level)!;

const PLACEHOLDER = /\{\{\s*([^}]*?)\s*\}\}/g;
const known = new Set<string>(REMINDER_PLACEHOLDERS);

/** Fill `{{name}}` from `values`; placeholders were checked when the template was saved. */
export const fillTemplate = (text: string, values: Record<ReminderPlaceholder, string>): string =>
  text.replace(PLACEHOLDER, (all, name: string) =>
    known.has(name) ? values[name as ReminderPlaceholder] : all,
  );

const refuse = (field: string, message: string) => new BahiError('VALIDATION', message, { field });

function checkPlaceholders(field: string, label: string, text: string) {
  for (const [, name] of text.matchAll(PLACEHOLDER)) {
    if (!known.has(name!)) {
      throw refuse(
        field,
        `${label} has an unknown placeholder {{${name}}}: use one of ${REMINDER_PLACEHOLDERS.map((p) => `{{${p}}}`).join(', ')}`,
      );
    }
  }
}

/** Levels climb: each must fall due later than the one before it, and only friendly before due. */
function checkDays(ledger: Ledger, level: ReminderLevel, days: number) {
  if (level === 'friendly' && days > 0) {
    throw refuse('days', 'The friendly reminder goes before the due date: enter 0 or fewer days');
  }
  if (level !== 'friendly' && days < 1) {
    throw refuse(
      'days',
      `${REMINDER_LEVEL_LABELS[level]} goes after the due date: enter 1 or more days`,
    );
  }
  const all = listTemplates(ledger);
  const at = REMINDER_LEVELS.indexOf(level);
  const before = all[at - 1];
  const after = all[at + 1];
  if (before && days <= before.days) {
    throw refuse(
      'days',
      `${REMINDER_LEVEL_LABELS[level]} must come after ${REMINDER_LEVEL_LABELS[before.level].toLowerCase()} (${before.days} days): enter more than ${before.days}`,
    );
  }
  if (after && days >= after.days) {
    throw refuse(
      'days',
      `${REMINDER_LEVEL_LABELS[level]} must come before ${REMINDER_LEVEL_LABELS[after.level].toLowerCase()} (${after.days} days): enter fewer than ${after.days}`,
    );
  }
}

export function saveTemplate(
  ledger: Ledger,
  input: ReminderTemplateInput,
  actor: string,
): ReminderTemplate {
  const v = reminderTemplateInput.parse(input);
  return runCommand(ledger, { command: 'reminders.saveTemplate', actor }, (cx) => {
    checkDays(ledger, v.level, v.days);
    checkPlaceholders('emailSubject', 'E-mail subject', v.emailSubject);
    checkPlaceholders('emailBody', 'E-mail body', v.emailBody);
    checkPlaceholders('whatsappText', 'WhatsApp text', v.whatsappText);
    checkPlaceholders('letterBody', 'Letter body', v.letterBody);
    const before = templateOf(ledger, v.level);
    prepared(
      cx.sqlite,
      `insert into reminder_templates (level, days, email_subject, email_body, whatsapp_text,
         letter_body, actor, updated_at) values (?, ?, ?, ?, ?, ?, ?, ?)
       on conflict (level) do update set days = excluded.days,
         email_subject = excluded.email_subject, email_body = excluded.email_body,
         whatsapp_text = excluded.whatsapp_text, letter_body = excluded.letter_body,
         actor = excluded.actor, updated_at = excluded.updated_at`,
    ).run(
      v.level,
      v.days,
      v.emailSubject,
      v.emailBody,
      v.whatsappText,
      v.letterBody,
      actor,
      cx.now,
    );
    const after = templateOf(ledger, v.level);
    cx.audit({ entity: 'reminder_template', entityId: v.level, before, after });
    return after;
  });
}
