import { createTheme, type MantineColorsTuple } from '@mantine/core';

// A deep ledger blue: calm enough for eight hours of data entry.
const ledger: MantineColorsTuple = [
  '#eef3fb',
  '#dce4f2',
  '#b5c6e4',
  '#8ba6d6',
  '#688bca',
  '#527ac3',
  '#4571c1',
  '#365fab',
  '#2d5499',
  '#1f4888',
];

const FONT =
  "'Segoe UI', -apple-system, 'Helvetica Neue', Arial, 'Liberation Sans', system-ui, sans-serif";

export const theme = createTheme({
  primaryColor: 'ledger',
  colors: { ledger },
  primaryShade: 8,
  defaultRadius: 'sm',
  // Segoe UI on Windows (where Bahi runs); Arial-metric fallbacks keep columns as dense elsewhere.
  fontFamily: FONT,
  headings: { fontFamily: FONT },
  fontSizes: { xs: '12px', sm: '13px', md: '14px', lg: '16px', xl: '18px' },
  components: {
    TextInput: { defaultProps: { size: 'sm' } },
    Select: { defaultProps: { size: 'sm' } },
    Button: { defaultProps: { size: 'sm' } },
    // A status badge beside text in a narrow cell keeps its word; the text beside it wraps.
    Badge: { styles: { root: { flexShrink: 0 } } },
  },
});
