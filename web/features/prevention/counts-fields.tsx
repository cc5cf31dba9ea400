import { NumberInput, SimpleGrid, Stack, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { type CountField, countFields } from "../../../shared/prevention.ts";
import type { FieldErrors } from "../../ui/form-errors.ts";

export type CountValues = Record<CountField, number | "">;

export const emptyCounts = (): CountValues =>
  Object.fromEntries(countFields.map((f) => [f, ""])) as CountValues;

/** The values as the API takes them: every cell a number (blank is none). */
export function countsInput(values: CountValues): Record<CountField, number> {
  return Object.fromEntries(countFields.map((f) => [f, values[f] === "" ? 0 : Number(values[f])])) as Record<
    CountField,
    number
  >;
}

// Row by row: children, adults, older people; women on the left, men on the right.
const gridOrder: CountField[] = [
  "femaleChildren",
  "maleChildren",
  "femaleAdults",
  "maleAdults",
  "femaleOlder",
  "maleOlder",
];

/** Sex × age band, two columns (women, men) of three bands: how an organiser counts a room. */
export function CountsFields({
  values,
  onChange,
  errors,
}: {
  values: CountValues;
  onChange: (field: CountField, value: number | "") => void;
  errors: FieldErrors;
}) {
  const { t } = useTranslation();
  const total = countFields.reduce((sum, f) => sum + (values[f] === "" ? 0 : Number(values[f])), 0);
  return (
    <Stack gap="xs">
      <SimpleGrid cols={2} spacing="sm" verticalSpacing="xs">
        {gridOrder.map((field) => (
          <NumberInput
            key={field}
            label={t(`prevention.counts.${field}`)}
            min={0}
            max={100_000}
            allowDecimal={false}
            allowNegative={false}
            inputMode="numeric"
            value={values[field]}
            onChange={(value) => onChange(field, value === "" ? "" : Number(value))}
            error={errors[field]}
          />
        ))}
      </SimpleGrid>
      <Text size="sm" fw={600}>
        {t("prevention.counts.total", { count: total })}
      </Text>
    </Stack>
  );
}
