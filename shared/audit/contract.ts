import { z } from 'zod';
import { channel } from '../contract/channel';

export const auditEntry = z.object({
  id: z.number().int(),
  at: z.string(),
  actor: z.string(),
  command: z.string(),
  entity: z.string(),
  entityId: z.string().nullable(),
  before: z.unknown(),
  after: z.unknown(),
  hash: z.string(),
});
export type AuditEntry = z.infer<typeof auditEntry>;

export const verifyReport = z.object({
  ok: z.boolean(),
  checked: z.object({
    auditRows: z.number().int(),
    integrity: z.string(),
    /** Hash of the newest audit row: note it to detect later truncation of the trail. */
    head: z.string(),
  }),
  problems: z.array(z.string()),
});
export type VerifyReport = z.infer<typeof verifyReport>;

export const auditChannels = {
  'audit.list': channel({
    summary: 'The audit trail, newest first, optionally for one entity',
    input: z.object({
      entity: z.string().optional(),
      entityId: z.string().optional(),
      beforeId: z.number().int().positive().optional(),
      limit: z.number().int().min(1).max(1000).default(200),
    }),
    output: z.array(auditEntry),
  }),
  'audit.verify': channel({
    summary: 'Check the audit chain and the database integrity',
    input: z.object({}),
    output: verifyReport,
  }),
};
