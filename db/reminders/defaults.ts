// The wording a fresh ledger starts with, one per level; the company edits them in place.
import type { ReminderLevel } from '../../shared/reminders/levels';

export interface TemplateText {
  days: number;
  emailSubject: string;
  emailBody: string;
  whatsappText: string;
  letterBody: string;
}

const SIGN_OFF = `Our bank details for payment:
{{bank}}

{{statementLink}}

With regards,
Accounts Receivable
{{company}}`;

const body = (opening: string, ask: string) => `Dear {{contact}},

${opening}

{{invoices}}

Total: {{total}}

${ask}

${SIGN_OFF}`;

const letter = (opening: string, ask: string) => `To {{customer}}
Kind attention: {{contact}}
Date: {{asOf}}

${body(opening, ask).replace('Dear {{contact}},\n\n', 'Dear Sir/Madam,\n\n')}`;

const levels: Record<
  ReminderLevel,
  { days: number; subject: string; opening: string; ask: string; wa: string }
> = {
  friendly: {
    days: -3,
    subject: 'Friendly reminder: payment due soon – {{customer}}',
    opening: 'This is a friendly reminder that the following invoices fall due shortly:',
    ask: 'Please arrange payment by the due date. If it is already on its way, thank you, and please ignore this note.',
    wa: 'Dear {{contact}}, a friendly reminder from {{company}}: {{total}} falls due shortly.\n{{invoices}}\nThank you.',
  },
  first: {
    days: 7,
    subject: 'Payment reminder: invoices overdue – {{customer}}',
    opening: 'Our records show the following invoices are past their due date:',
    ask: 'We would be grateful if you could arrange payment at the earliest. If you have already paid, please send us the payment details.',
    wa: 'Dear {{contact}}, {{company}} here. {{total}} is overdue on:\n{{invoices}}\nKindly arrange payment. Thank you.',
  },
  second: {
    days: 15,
    subject: 'Second reminder: overdue payment – {{customer}}',
    opening: 'Despite our earlier reminder, the following invoices remain unpaid:',
    ask: 'Please arrange payment within the next seven days, or let us know if there is any difficulty.',
    wa: 'Dear {{contact}}, second reminder from {{company}}: {{total}} is still overdue on:\n{{invoices}}\nPlease pay within 7 days.',
  },
  third: {
    days: 30,
    subject: 'Third reminder: payment seriously overdue – {{customer}}',
    opening: 'The following invoices are now more than a month overdue:',
    ask: 'Please clear the amount immediately. Further supplies may be affected until the account is regularised.',
    wa: 'Dear {{contact}}, {{company}}: {{total}} is more than a month overdue on:\n{{invoices}}\nPlease pay immediately.',
  },
  fourth: {
    days: 45,
    subject: 'Urgent: overdue payment – {{customer}}',
    opening:
      'The following invoices are more than 45 days overdue and we have not received payment:',
    ask: 'Please pay within three working days. We will otherwise have to put your account on credit hold.',
    wa: 'Dear {{contact}}, URGENT from {{company}}: {{total}} is more than 45 days overdue on:\n{{invoices}}\nPlease pay within 3 working days.',
  },
  final: {
    days: 60,
    subject: 'Final notice before further action – {{customer}}',
    opening:
      'This is our final notice. The following invoices remain unpaid despite our reminders:',
    ask: 'Unless payment is received within seven days of this notice, we will be constrained to take further action to recover the amount, without further reference to you.',
    wa: 'Dear {{contact}}, FINAL NOTICE from {{company}}: {{total}} remains unpaid on:\n{{invoices}}\nPlease pay within 7 days to avoid further action.',
  },
};

export const DEFAULT_TEMPLATES = Object.fromEntries(
  Object.entries(levels).map(([level, l]) => [
    level,
    {
      days: l.days,
      emailSubject: l.subject,
      emailBody: body(l.opening, l.ask),
      whatsappText: l.wa,
      letterBody: letter(l.opening, l.ask),
    },
  ]),
) as Record<ReminderLevel, TemplateText>;
