import { MantineProvider } from '@mantine/core';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { MoneyInput } from './MoneyInput';

function Harness({ serverError }: { serverError?: string }) {
  const [text, setText] = useState('');
  return (
    <MantineProvider env="test">
      <MoneyInput label="Credit limit (₹)" value={text} onChange={setText} error={serverError} />
      <button type="button">elsewhere</button>
      <output data-testid="value">{text}</output>
    </MantineProvider>
  );
}

describe('MoneyInput', () => {
  it('regroups rupees Indian-style when the field is left', async () => {
    const user = userEvent.setup();
    render(<Harness />);
    const input = screen.getByLabelText('Credit limit (₹)');
    await user.type(input, '1234567.5');
    expect(input).toHaveValue('1234567.5');
    await user.tab();
    expect(input).toHaveValue('12,34,567.50');
  });

  it('shows its own message for text that is not an amount, and clears it on typing', async () => {
    const user = userEvent.setup();
    render(<Harness />);
    const input = screen.getByLabelText('Credit limit (₹)');
    await user.type(input, '12.345');
    await user.tab();
    expect(input).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByText(/Credit limit must be rupees/)).toBeVisible();
    await user.type(input, '{backspace}');
    expect(screen.queryByText(/Credit limit must be rupees/)).toBeNull();
  });

  it('shows a server error under the field', () => {
    render(<Harness serverError="Credit limit cannot be negative" />);
    expect(screen.getByLabelText('Credit limit (₹)')).toHaveAccessibleDescription(
      'Credit limit cannot be negative',
    );
  });
});
