import {
  Button,
  Group,
  Input,
  Paper,
  SegmentedControl,
  Select,
  SimpleGrid,
  Stack,
  TextInput,
} from "@mantine/core";
import { type FormEvent, useId, useState } from "react";
import { useTranslation } from "react-i18next";
import type { AreaDto } from "../../../shared/prevention-coverage.ts";
import {
  type DashboardFilters as Filters,
  type Period,
  type PeriodKind,
  periodBounds,
  rangeProblem,
  yearChoices,
} from "./dashboard-period.ts";

const ALL = "all";

type RangeFieldsProps = {
  initial: { from: string; to: string };
  today: string;
  onApply: (range: { from: string; to: string }) => void;
};

/**
 * Two days typed or picked, applied together: asking the server at every keystroke of a date
 * would load a dozen periods on a slow link, and leave a dozen steps in the back button.
 */
function RangeFields({ initial, today, onApply }: RangeFieldsProps) {
  const { t } = useTranslation();
  const [from, setFrom] = useState(initial.from);
  const [to, setTo] = useState(initial.to);
  const [problem, setProblem] = useState<ReturnType<typeof rangeProblem>>(null);

  function submit(event: FormEvent) {
    event.preventDefault();
    const found = rangeProblem(from, to, today);
    setProblem(found);
    if (!found) onApply({ from, to });
  }

  return (
    <form onSubmit={submit} noValidate aria-label={t("dashboard.filters.rangeForm")}>
      <Group align="flex-start" gap="sm" wrap="wrap">
        <TextInput
          type="date"
          label={t("dashboard.filters.from")}
          value={from}
          max={today}
          onChange={(event) => setFrom(event.currentTarget.value)}
          error={problem === "incomplete" && !from ? t("dashboard.filters.rangeIncomplete") : undefined}
          w={{ base: "100%", xs: 170 }}
        />
        <TextInput
          type="date"
          label={t("dashboard.filters.to")}
          value={to}
          onChange={(event) => setTo(event.currentTarget.value)}
          error={
            problem === "order"
              ? t("dashboard.filters.rangeOrder")
              : problem === "future"
                ? t("dashboard.filters.rangeFuture")
                : problem === "incomplete" && from
                  ? t("dashboard.filters.rangeIncomplete")
                  : undefined
          }
          w={{ base: "100%", xs: 170 }}
        />
        <Button type="submit" mt={{ base: 0, xs: 25 }}>
          {t("dashboard.filters.apply")}
        </Button>
      </Group>
    </form>
  );
}

type DashboardFiltersProps = {
  filters: Filters;
  today: string;
  area: AreaDto | undefined;
  /**
   * Gets a change to apply to the filters as the address holds them at that moment, not as this
   * render saw them: two quick changes both count even before the page has redrawn in between.
   */
  onChange: (change: (current: Filters) => Filters) => void;
};

/** Period (a year, a semester of a year, or a range of days in WIB) and area (whole, kecamatan, kelurahan). */
export function DashboardFilters({ filters, today, area, onChange }: DashboardFiltersProps) {
  const { t } = useTranslation();
  const periodLabelId = useId();
  const { period } = filters;
  // "Rentang tanggal" shows its fields before a range is applied; the address changes on apply.
  const [draftRange, setDraftRange] = useState(false);
  const kind: PeriodKind = draftRange ? "range" : period.kind;
  const bounds = periodBounds(period, today);
  const yearOf = (p: Period) => (p.kind === "range" ? Number(periodBounds(p, today).to.slice(0, 4)) : p.year);
  const years = yearChoices(today).map((value) => ({ value, label: value }));

  function changeKind(next: PeriodKind) {
    if (next === "range") {
      setDraftRange(true);
      return;
    }
    setDraftRange(false);
    onChange((current) => {
      const year = yearOf(current.period);
      if (next === "year") return { ...current, period: { kind: "year", year } };
      // The current year's semester so far, or the first semester of a past year.
      const semester = String(year) === today.slice(0, 4) && today.slice(5, 7) > "06" ? 2 : 1;
      return { ...current, period: { kind: "semester", year, semester } };
    });
  }

  function changeYear(year: number) {
    onChange((current) => ({
      ...current,
      period:
        current.period.kind === "semester"
          ? { kind: "semester", year, semester: current.period.semester }
          : { kind: "year", year },
    }));
  }

  function changeSemester(semester: 1 | 2) {
    onChange((current) => ({
      ...current,
      period: { kind: "semester", year: yearOf(current.period), semester },
    }));
  }

  const kecamatanChoices = [
    { value: ALL, label: t("dashboard.filters.wholeArea") },
    ...(area?.kecamatan ?? []).map((k) => ({ value: k.code, label: k.name })),
  ];
  const kecamatanName = area?.kecamatan.find((k) => k.code === filters.kecamatan)?.name ?? "";
  const kelurahanChoices = [
    {
      value: ALL,
      label: kecamatanName
        ? t("dashboard.filters.allKelurahan", { kecamatan: kecamatanName })
        : t("dashboard.filters.allKelurahanAny"),
    },
    ...(area?.kelurahan ?? [])
      .filter((l) => l.kecamatanCode === filters.kecamatan)
      .map((l) => ({ value: l.code, label: l.name })),
  ];

  return (
    <Paper
      withBorder
      p="sm"
      radius="md"
      mb="md"
      component="section"
      aria-label={t("dashboard.filters.label")}
    >
      <Stack gap="sm">
        <Input.Wrapper label={t("dashboard.filters.period")} labelElement="div" id={periodLabelId}>
          <SegmentedControl
            mt={4}
            fullWidth
            aria-labelledby={`${periodLabelId}-label`}
            data={[
              { value: "year", label: t("dashboard.filters.kindYear") },
              { value: "semester", label: t("dashboard.filters.kindSemester") },
              { value: "range", label: t("dashboard.filters.kindRange") },
            ]}
            value={kind}
            onChange={(value) => changeKind(value as PeriodKind)}
          />
        </Input.Wrapper>
        {kind === "range" ? (
          <RangeFields
            // A new address (back button, another range) starts the fields over from it.
            key={`${bounds.from}/${bounds.to}`}
            initial={bounds}
            today={today}
            onApply={(range) => {
              setDraftRange(false);
              onChange((current) => ({ ...current, period: { kind: "range", ...range } }));
            }}
          />
        ) : (
          <SimpleGrid cols={{ base: kind === "semester" ? 2 : 1, xs: 3 }} spacing="sm">
            <Select
              label={t("dashboard.filters.year")}
              data={years}
              value={String(yearOf(period))}
              allowDeselect={false}
              onChange={(value) => value && changeYear(Number(value))}
            />
            {period.kind === "semester" ? (
              <Select
                label={t("dashboard.filters.semester")}
                data={[
                  { value: "1", label: t("dashboard.filters.semester1") },
                  { value: "2", label: t("dashboard.filters.semester2") },
                ]}
                value={String(period.semester)}
                allowDeselect={false}
                onChange={(value) => value && changeSemester(value === "2" ? 2 : 1)}
              />
            ) : null}
          </SimpleGrid>
        )}
        <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm">
          <Select
            label={t("dashboard.filters.kecamatan")}
            data={kecamatanChoices}
            value={filters.kecamatan ?? ALL}
            allowDeselect={false}
            disabled={!area}
            onChange={(value) =>
              onChange((current) => ({
                ...current,
                kecamatan: value && value !== ALL ? value : null,
                kelurahan: null,
              }))
            }
          />
          <Select
            label={t("dashboard.filters.kelurahan")}
            description={filters.kecamatan ? undefined : t("dashboard.filters.kelurahanHint")}
            data={kelurahanChoices}
            value={filters.kelurahan ?? ALL}
            allowDeselect={false}
            disabled={!area || !filters.kecamatan}
            searchable
            nothingFoundMessage={t("common.nothingFound")}
            onChange={(value) =>
              onChange((current) => ({ ...current, kelurahan: value && value !== ALL ? value : null }))
            }
          />
        </SimpleGrid>
      </Stack>
    </Paper>
  );
}
