import { type CSSVariablesResolver, createTheme } from "@mantine/core";

// Mantine's default shades (6) give white-on-blue and red error text below the WCAG AA 4.5:1
// ratio; shade 9 passes for every colour used here, and so does gray 7 for dimmed text.
export const theme = createTheme({
  primaryColor: "blue",
  primaryShade: { light: 9, dark: 8 },
  defaultRadius: "sm",
  headings: { sizes: { h1: { fontSize: "1.75rem", lineHeight: "1.3" } } },
  components: {
    // A modal's title bar is a <header>, which axe counts as a second page banner.
    ModalHeader: { defaultProps: { component: "div" } },
  },
});

// Light variants (badges, alerts) put shade 9 text on shade 1; for teal that is 4.3:1, so the
// background steps down to shade 0 for the colours this app uses.
const lightBackgrounds = Object.fromEntries(
  ["teal", "red", "blue"].flatMap((color) => [
    [`--mantine-color-${color}-light`, `var(--mantine-color-${color}-0)`],
    [`--mantine-color-${color}-light-hover`, `var(--mantine-color-${color}-1)`],
  ]),
);

export const cssVariablesResolver: CSSVariablesResolver = () => ({
  variables: {},
  light: {
    "--mantine-color-dimmed": "var(--mantine-color-gray-7)",
    "--mantine-color-error": "var(--mantine-color-red-9)",
    "--mantine-color-placeholder": "var(--mantine-color-gray-6)",
    ...lightBackgrounds,
  },
  dark: {},
});
