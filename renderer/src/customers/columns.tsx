import { Badge } from '@mantine/core';
import type { ReactNode } from 'react';
import type { CustomerSummary } from '../../../shared/customers/contract';
import { formatINR, paise } from '../../../shared/money';
import { formatPhone, stateLabel } from '../ui/format';

export interface Column {
  key: string;
  label: string;
  width: string;
  align?: 'right';
  mono?: boolean;
  render: (c: CustomerSummary) => ReactNode;
}

export const COLUMNS: Column[] = [
  { key: 'code', label: 'Code', width: '120px', mono: true, render: (c) => c.code },
  { key: 'name', label: 'Name', width: 'minmax(220px, 2.2fr)', render: (c) => c.name },
  { key: 'gstin', label: 'GSTIN', width: '170px', mono: true, render: (c) => c.gstin ?? '' },
  {
    key: 'state',
    label: 'State',
    width: 'minmax(120px, 1fr)',
    render: (c) => stateLabel(c.stateCode),
  },
  { key: 'phone', label: 'Phone', width: '140px', render: (c) => formatPhone(c.phone) },
  {
    key: 'terms',
    label: 'Terms',
    width: '86px',
    align: 'right',
    render: (c) => `${c.paymentTermsDays} days`,
  },
  {
    key: 'creditLimit',
    label: 'Credit limit',
    width: '150px',
    align: 'right',
    render: (c) =>
      c.creditLimit === null ? (
        <span style={{ color: 'var(--bahi-muted)' }}>No limit</span>
      ) : (
        formatINR(paise(c.creditLimit))
      ),
  },
  {
    key: 'status',
    label: '',
    width: '84px',
    render: (c) =>
      c.archived ? (
        <Badge size="xs" color="gray" variant="light" radius="sm">
          Archived
        </Badge>
      ) : null,
  },
];

export const GRID_TEMPLATE = COLUMNS.map((c) => c.width).join(' ');
