import { Group, Paper, SimpleGrid, Stack, Text, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { countryName } from "../../../shared/countries.ts";
import type { ImportCounts, ImportSummary } from "../../../shared/imports.ts";
import type { VocabularyKind } from "../../../shared/vocabularies.ts";
import { useTerms } from "../cases/vocabulary-terms.ts";

type Dimension = Exclude<keyof ImportSummary, "cases" | "victims">;

/** How each dimension's values are named: a vocabulary, a country, or words of this page. */
const naming: Record<Dimension, VocabularyKind | "country" | "year" | "childStatus"> = {
  byYear: "year",
  bySex: "sex",
  byChildStatus: "childStatus",
  byAgeGroup: "age_group",
  byNationality: "country",
  byExploitationForm: "exploitation_form",
  byDestinationCountry: "country",
};

/** What an import created, or a dry run would: victims by year, sex, child status, form, country. */
export function ImportSummaryView({ summary, heading }: { summary: ImportSummary; heading: string }) {
  const { t, i18n } = useTranslation();
  const terms = useTerms();

  function name(dimension: Dimension, value: string | null): string {
    if (value === null) return t("imports.summary.unknown");
    const kind = naming[dimension];
    if (kind === "year") return value;
    if (kind === "childStatus")
      return t(value === "child" ? "imports.summary.child" : "imports.summary.adult");
    if (kind === "country") return countryName(value, i18n.language);
    return terms.label(kind, value) || value;
  }

  // Age groups read best in their own order (0–5 before 13–17), not by how many each has.
  const ordered = (dimension: Dimension, counts: ImportCounts): ImportCounts => {
    if (dimension !== "byAgeGroup") return counts;
    const order = terms.order("age_group");
    const rank = (v: string | null) => (v === null ? order.length : order.indexOf(v));
    return [...counts].sort((a, b) => rank(a.value) - rank(b.value));
  };

  return (
    <Stack gap="sm">
      <Title order={3} size="h4">
        {heading}
      </Title>
      <Text>{t("imports.summary.victims", { victims: summary.victims, cases: summary.cases })}</Text>
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="sm">
        {(Object.keys(naming) as Dimension[]).map((dimension) => (
          <Paper key={dimension} withBorder p="sm" radius="md">
            <Title order={4} size="h6" mb={6}>
              {t(`imports.summary.${dimension}`)}
            </Title>
            <Stack component="ul" gap={2} p={0} m={0} style={{ listStyle: "none" }}>
              {ordered(dimension, summary[dimension]).map((c) => (
                <Group
                  component="li"
                  key={c.value ?? "unknown"}
                  justify="space-between"
                  gap="xs"
                  wrap="nowrap"
                >
                  <Text size="sm">{name(dimension, c.value)}</Text>
                  <Text size="sm" fw={600} style={{ fontVariantNumeric: "tabular-nums" }}>
                    {c.count.toLocaleString(i18n.language === "en" ? "en-GB" : "id-ID")}
                  </Text>
                </Group>
              ))}
            </Stack>
          </Paper>
        ))}
      </SimpleGrid>
    </Stack>
  );
}
