import { useMediaQuery } from "@mantine/hooks";

/**
 * Props that make a long form's modal take the whole screen on a phone, where a floating
 * dialog leaves little room for the keyboard and the fields; on wider screens it floats.
 */
export function usePhoneModal() {
  const isPhone = useMediaQuery("(max-width: 47.99em)") ?? false;
  return { fullScreen: isPhone, radius: isPhone ? 0 : undefined } as const;
}
