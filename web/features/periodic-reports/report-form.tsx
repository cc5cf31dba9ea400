import {
  Button,
  type ComboboxData,
  Group,
  Input,
  Paper,
  SegmentedControl,
  Select,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Title,
} from "@mantine/core";
import { IconFileAnalytics } from "@tabler/icons-react";
import { type FormEvent, useId, useState } from "react";
import { useTranslation } from "react-i18next";
import type { CreateReportInput, ReportKind, ReportOptions } from "../../../shared/periodic-reports.ts";
import { useFormErrors } from "../../app/use-form-errors.ts";
import { FormErrorAlert } from "../../ui/form-error-alert.tsx";
import { unplacedErrors } from "../../ui/form-errors.ts";
import { todayInJakarta } from "../../ui/format-day.ts";
import { InlineLoader } from "../../ui/inline-loader.tsx";
import { QueryError } from "../../ui/query-error.tsx";
import { useCreateReport, useReportOptions } from "./reports-api.ts";

const WHOLE_AREA = "whole";

type RegionWords = {
  whole: string;
  kecamatanGroup: string;
  kecamatan: (name: string) => string;
  kelurahanGroup: (name: string) => string;
  kelurahan: (name: string) => string;
};

/** The region choice: the whole area, a kecamatan, or a kelurahan grouped under its kecamatan. */
function regionChoices(options: ReportOptions, words: RegionWords): ComboboxData {
  return [
    { value: WHOLE_AREA, label: words.whole },
    {
      group: words.kecamatanGroup,
      items: options.kecamatan.map((k) => ({ value: k.code, label: words.kecamatan(k.name) })),
    },
    ...options.kecamatan.map((k) => ({
      group: words.kelurahanGroup(k.name),
      items: k.kelurahan.map((l) => ({ value: l.code, label: words.kelurahan(l.name) })),
    })),
  ];
}

type ReportFormProps = { onCreated: (id: string) => void; onCancel: () => void };

/**
 * A new report: annual (a year), semester (a year and I or II) or any other period, for the
 * whole area or one kecamatan or kelurahan. The build starts at once; the page then follows it.
 */
export function ReportForm({ onCreated, onCancel }: ReportFormProps) {
  const { t } = useTranslation();
  const kindId = useId();
  const semesterId = useId();
  const options = useReportOptions(true);
  const create = useCreateReport();
  const form = useFormErrors();
  const today = todayInJakarta();
  const thisYear = Number(today.slice(0, 4));
  const [kind, setKind] = useState<ReportKind>("annual");
  // The last whole year is the usual annual report; the semester that has begun, the usual semester.
  const [year, setYear] = useState(String(thisYear - 1));
  const [semester, setSemester] = useState<"1" | "2">(today.slice(5, 7) > "06" ? "2" : "1");
  const [from, setFrom] = useState(`${thisYear}-01-01`);
  const [to, setTo] = useState(today);
  const [region, setRegion] = useState(WHOLE_AREA);

  if (options.isPending) return <InlineLoader />;
  if (options.isError) return <QueryError error={options.error} onRetry={() => void options.refetch()} />;
  const choices = options.data;
  const years = Array.from({ length: choices.currentYear - choices.firstYear + 1 }, (_, i) =>
    String(choices.currentYear - i),
  );

  function submit(event: FormEvent) {
    event.preventDefault();
    const place = region === WHOLE_AREA ? {} : { region };
    const body: CreateReportInput =
      kind === "annual"
        ? { kind, year: Number(year), ...place }
        : kind === "semester"
          ? { kind, year: Number(year), semester: semester === "2" ? 2 : 1, ...place }
          : { kind, from, to, ...place };
    form.reset();
    create.mutate(body, {
      onSuccess: ({ id }) => onCreated(id),
      onError: (error) => form.showApiError(error),
    });
  }

  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby="report-form-title" mb="lg">
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <Title order={2} size="h3" id="report-form-title">
            {t("reports.form.title")}
          </Title>
          <Input.Wrapper label={t("reports.form.kind")} labelElement="div" id={kindId}>
            <SegmentedControl
              mt={4}
              fullWidth
              aria-labelledby={`${kindId}-label`}
              data={(["annual", "semester", "custom"] as const).map((value) => ({
                value,
                label: t(`reports.kinds.${value}`),
              }))}
              value={kind}
              onChange={(value) => setKind(value as ReportKind)}
            />
          </Input.Wrapper>
          {kind === "custom" ? (
            <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm">
              <TextInput
                type="date"
                label={t("reports.form.from")}
                value={from}
                max={today}
                onChange={(e) => setFrom(e.currentTarget.value)}
                error={form.errors.from}
                required
              />
              <TextInput
                type="date"
                label={t("reports.form.to")}
                value={to}
                onChange={(e) => setTo(e.currentTarget.value)}
                error={form.errors.to}
                required
              />
            </SimpleGrid>
          ) : (
            <SimpleGrid cols={{ base: 1, xs: kind === "semester" ? 2 : 1 }} spacing="sm">
              <Select
                label={t("reports.form.year")}
                data={years}
                value={year}
                allowDeselect={false}
                onChange={(value) => value !== null && setYear(String(value))}
                error={form.errors.year}
              />
              {kind === "semester" ? (
                <Input.Wrapper
                  label={t("reports.form.semester")}
                  labelElement="div"
                  id={semesterId}
                  error={form.errors.semester}
                >
                  <SegmentedControl
                    mt={4}
                    fullWidth
                    aria-labelledby={`${semesterId}-label`}
                    data={[
                      { value: "1", label: t("reports.form.semester1") },
                      { value: "2", label: t("reports.form.semester2") },
                    ]}
                    value={semester}
                    onChange={(value) => setSemester(value === "2" ? "2" : "1")}
                  />
                </Input.Wrapper>
              ) : null}
            </SimpleGrid>
          )}
          <Select
            label={t("reports.form.region")}
            description={t("reports.form.regionHelp")}
            data={regionChoices(choices, {
              whole: t("reports.form.wholeArea", { area: choices.area.name }),
              kecamatanGroup: t("reports.form.kecamatanGroup"),
              kecamatan: (name) => t("reports.form.kecamatanOption", { name }),
              kelurahanGroup: (name) => t("reports.form.kelurahanGroup", { name }),
              kelurahan: (name) => t("reports.form.kelurahanOption", { name }),
            })}
            value={region}
            allowDeselect={false}
            searchable
            onChange={(value) => setRegion(value === null ? WHOLE_AREA : String(value))}
            error={form.errors.region}
          />
          <Text size="sm" c="dimmed">
            {t("reports.form.note")}
          </Text>
          <FormErrorAlert
            message={form.formError}
            extra={unplacedErrors(form.errors, ["from", "to", "year", "semester", "region"])}
          />
          <Group gap="sm">
            <Button
              type="submit"
              loading={create.isPending}
              leftSection={<IconFileAnalytics size={18} aria-hidden />}
            >
              {t("reports.form.submit")}
            </Button>
            <Button variant="default" onClick={onCancel}>
              {t("reports.form.cancel")}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
