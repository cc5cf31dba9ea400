import { type CSSVariablesResolver, createTheme } from "@mantine/core";

// Mantine's default shades (6) give white-on-blue and red error text below the WCAG AA 4.5:1
// ratio; shade 9 passes for every colour used here, and so does gray 7 for dimmed text.
export const theme = createTheme({
  primaryColor: "blue",
  primaryShade: { light: 9, dark: 8 },
  defaultRadius: "sm",
  headings: { sizes: { h1: { fontSize: "1.75rem", lineHeight: "1.3" } } },
});

export const cssVariablesResolver: CSSVariablesResolver = () => ({
  variables: {},
  light: {
    "--mantine-color-dimmed": "var(--mantine-color-gray-7)",
    "--mantine-color-error": "var(--mantine-color-red-9)",
    "--mantine-color-placeholder": "var(--mantine-color-gray-6)",
  },
  dark: {},
});
