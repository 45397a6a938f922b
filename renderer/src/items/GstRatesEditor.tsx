import { ActionIcon, Box, Button, Group, Text, Tooltip } from '@mantine/core';
import { IconPlus, IconX } from '@tabler/icons-react';
import { errorsUnder, type FieldErrors } from '../api/errors';
import { DateInput } from '../ui/DateInput';
import { GstRateSelect } from '../ui/TaxSelects';
import { newRate, type RateValues } from './itemForm';

const GRID = '150px 110px 28px';

interface GstRatesEditorProps {
  rates: RateValues[];
  onChange: (rates: RateValues[], changedPath?: string) => void;
  errors: FieldErrors;
}

/** Dated GST rates: a rate change (such as 22-09-2025) is a new row, never an edit of the old one. */
export function GstRatesEditor({ rates, onChange, errors }: GstRatesEditorProps) {
  const update = (i: number, patch: Partial<RateValues>, key: keyof RateValues) =>
    onChange(
      rates.map((r, j) => (j === i ? { ...r, ...patch } : r)),
      `gstRates.${i}.${key}`,
    );
  return (
    <Box>
      <Box style={{ display: 'grid', gridTemplateColumns: GRID, gap: 6 }} mb={4}>
        <Text size="xs" fw={600} c="dimmed">
          Effective from
        </Text>
        <Text size="xs" fw={600} c="dimmed">
          GST rate
        </Text>
      </Box>
      {rates.map((rate, i) => {
        const rowErrors = errorsUnder(errors, `gstRates.${i}`);
        return (
          <Box
            key={rate.key}
            style={{ display: 'grid', gridTemplateColumns: GRID, gap: 6, alignItems: 'start' }}
            mb={6}
            data-testid="gst-rate-row"
          >
            <DateInput
              size="xs"
              aria-label={`GST rate ${i + 1} effective from`}
              value={rate.effectiveFrom}
              onChange={(t) => update(i, { effectiveFrom: t }, 'effectiveFrom')}
              error={rowErrors.effectiveFrom}
            />
            <GstRateSelect
              size="xs"
              aria-label={`GST rate ${i + 1}`}
              value={rate.gstRateBps}
              onChange={(v) => update(i, { gstRateBps: v }, 'gstRateBps')}
              error={rowErrors.gstRateBps}
            />
            <Tooltip label="Remove this rate">
              <ActionIcon
                variant="subtle"
                color="gray"
                mt={2}
                tabIndex={-1}
                aria-label={`Remove GST rate ${i + 1}`}
                disabled={rates.length === 1}
                onClick={() => onChange(rates.filter((_, j) => j !== i))}
              >
                <IconX size={14} />
              </ActionIcon>
            </Tooltip>
          </Box>
        );
      })}
      <Group>
        <Button
          variant="subtle"
          size="xs"
          leftSection={<IconPlus size={14} />}
          disabled={rates.length >= 50}
          onClick={() => onChange([...rates, newRate()])}
        >
          Add rate change
        </Button>
      </Group>
    </Box>
  );
}
