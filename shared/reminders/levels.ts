// The steps of a dunning run, in the order a customer climbs them, and the ways a reminder goes out.

/** A friendly note before the due date, four reminders after it and a final notice. */
export const REMINDER_LEVELS = ['friendly', 'first', 'second', 'third', 'fourth', 'final'] as const;
export type ReminderLevel = (typeof REMINDER_LEVELS)[number];

export const REMINDER_LEVEL_LABELS: Record<ReminderLevel, string> = {
  friendly: 'Friendly reminder (before due)',
  first: 'First reminder',
  second: 'Second reminder',
  third: 'Third reminder',
  fourth: 'Fourth reminder',
  final: 'Final notice',
};

export const REMINDER_CHANNELS = ['email', 'whatsapp', 'letter'] as const;
export type ReminderChannel = (typeof REMINDER_CHANNELS)[number];

export const REMINDER_CHANNEL_LABELS: Record<ReminderChannel, string> = {
  email: 'E-mail',
  whatsapp: 'WhatsApp',
  letter: 'Letter',
};
