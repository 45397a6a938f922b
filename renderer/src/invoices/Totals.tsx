import { Paper, Stack, Table, Text } from '@mantine/core';
import { amountInWords, formatINR, paise } from '../../../shared/money';
import { formatGstRate, type TaxSummaryRow } from '../../../shared/tax/gst';

export interface TotalsFigures {
  taxable: number;
  cgst: number;
  sgst: number;
  igst: number;
  roundOff: number;
  total: number;
}

const inr = (p: number) => formatINR(paise(p));
const signed = (p: number) => (p > 0 ? `+${inr(p)}` : inr(p));

/** The totals box of a GST document: taxable, the tax it carries, round-off and the total in words. */
export function TotalsBox({
  totals,
  intraState,
  roundOff,
}: {
  totals: TotalsFigures;
  intraState: boolean;
  roundOff: boolean;
}) {
  return (
    <Paper withBorder radius="sm" p="sm" data-testid="totals">
      <table className="bahi-totals" style={{ width: '100%', borderCollapse: 'collapse' }}>
        <tbody>
          <tr>
            <td>Taxable value</td>
            <td data-testid="total-taxable">{inr(totals.taxable)}</td>
          </tr>
          {intraState ? (
            <>
              <tr>
                <td>CGST</td>
                <td data-testid="total-cgst">{inr(totals.cgst)}</td>
              </tr>
              <tr>
                <td>SGST</td>
                <td data-testid="total-sgst">{inr(totals.sgst)}</td>
              </tr>
            </>
          ) : (
            <tr>
              <td>IGST</td>
              <td data-testid="total-igst">{inr(totals.igst)}</td>
            </tr>
          )}
          {roundOff && (
            <tr>
              <td>Round off</td>
              <td data-testid="total-round-off">{signed(totals.roundOff)}</td>
            </tr>
          )}
          <tr data-grand>
            <td>Total</td>
            <td data-testid="total-grand">{inr(totals.total)}</td>
          </tr>
        </tbody>
      </table>
      <Text size="xs" c="dimmed" mt={6} data-testid="total-words" lh={1.35}>
        {amountInWords(paise(totals.total))}
      </Text>
    </Paper>
  );
}

/** Rule 46's summary: tax by (HSN/SAC, rate). */
export function TaxSummaryTable({
  rows,
  intraState,
}: {
  rows: TaxSummaryRow[];
  intraState: boolean;
}) {
  return (
    <Stack gap={4}>
      <Text className="bahi-section-title">Tax summary</Text>
      <Table
        withTableBorder
        verticalSpacing={3}
        horizontalSpacing={8}
        fz="xs"
        aria-label="Tax summary"
        className="bahi-number"
      >
        <Table.Thead>
          <Table.Tr>
            <Table.Th>HSN/SAC</Table.Th>
            <Table.Th ta="right">Rate</Table.Th>
            <Table.Th ta="right">Taxable</Table.Th>
            {intraState ? (
              <>
                <Table.Th ta="right">CGST</Table.Th>
                <Table.Th ta="right">SGST</Table.Th>
              </>
            ) : (
              <Table.Th ta="right">IGST</Table.Th>
            )}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((r) => (
            <Table.Tr key={`${r.hsnSac}|${r.gstRateBps}`}>
              <Table.Td className="bahi-mono">{r.hsnSac || '—'}</Table.Td>
              <Table.Td ta="right">{formatGstRate(r.gstRateBps)}</Table.Td>
              <Table.Td ta="right">{inr(r.taxable)}</Table.Td>
              {intraState ? (
                <>
                  <Table.Td ta="right">{inr(r.cgst)}</Table.Td>
                  <Table.Td ta="right">{inr(r.sgst)}</Table.Td>
                </>
              ) : (
                <Table.Td ta="right">{inr(r.igst)}</Table.Td>
              )}
            </Table.Tr>
          ))}
          {rows.length === 0 && (
            <Table.Tr>
              <Table.Td colSpan={intraState ? 5 : 4} c="dimmed" ta="center">
                Lines appear here as their numbers are filled in
              </Table.Td>
            </Table.Tr>
          )}
        </Table.Tbody>
      </Table>
    </Stack>
  );
}
