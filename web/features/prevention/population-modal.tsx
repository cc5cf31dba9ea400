import {
  Button,
  Group,
  Modal,
  NumberInput,
  Select,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
  Title,
} from "@mantine/core";
import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { useFormErrors } from "../../app/use-form-errors.ts";
import { FormErrorAlert } from "../../ui/form-error-alert.tsx";
import { InlineLoader } from "../../ui/inline-loader.tsx";
import { notifySuccess } from "../../ui/notify.ts";
import { usePhoneModal } from "../complaints/use-phone-modal.ts";
import { useArea } from "./prevention-api.ts";
import { usePopulations, useSavePopulations } from "./schools-api.ts";
import { yearOptions } from "./years.ts";

const letters = (value: string) => value.toLowerCase().replace(/[^a-z0-9.]/g, "");

/**
 * Kelurahan population for a year, typed or pasted from a spreadsheet (a name or code and a
 * number on each line). Figures left empty are not saved; a figure of that year is replaced.
 */
export function PopulationModal({
  opened,
  onClose,
  initialYear,
}: {
  opened: boolean;
  onClose: () => void;
  initialYear: number;
}) {
  const { t } = useTranslation();
  const phoneModal = usePhoneModal();
  const area = useArea();
  const [year, setYear] = useState(initialYear);
  const current = usePopulations(year, opened);
  const save = useSavePopulations();
  const form = useFormErrors();
  const [source, setSource] = useState("");
  const [figures, setFigures] = useState<Record<string, number | "">>({});
  const [paste, setPaste] = useState("");

  // The figures that apply to the year, as a starting point; only those of the year itself are its own.
  useEffect(() => {
    if (!current.data) return;
    setFigures(
      Object.fromEntries(
        current.data.items.map((i) => [
          i.regionCode,
          i.figureYear === year && i.population ? i.population : "",
        ]),
      ),
    );
    setSource(current.data.items.find((i) => i.figureYear === year)?.source ?? "");
  }, [current.data, year]);

  function applyPaste() {
    const byName = new Map(
      (area.data?.kelurahan ?? []).flatMap((k) => [
        [letters(k.name), k.code],
        [k.code, k.code],
      ]),
    );
    const next = { ...figures };
    for (const line of paste.split(/\r?\n/)) {
      const cells = line
        .split(/[\t;,]/)
        .map((c) => c.trim())
        .filter(Boolean);
      if (cells.length < 2) continue;
      const code = byName.get(letters(cells[0]!));
      const number = Number(cells[cells.length - 1]!.replace(/[.\s]/g, ""));
      if (code && Number.isInteger(number) && number > 0) next[code] = number;
    }
    setFigures(next);
    setPaste("");
  }

  function submit() {
    const items = Object.entries(figures)
      .filter(([, value]) => value !== "")
      .map(([regionCode, population]) => ({ regionCode, population: Number(population) }));
    if (!source.trim()) return form.setErrors({ source: t("validation.required") });
    if (items.length === 0) return form.setFormError(t("prevention.population.nothing"));
    save.mutate(
      { year, source: source.trim(), items },
      {
        onSuccess: () => {
          notifySuccess(t("prevention.population.saved", { count: items.length, year }));
          onClose();
        },
        onError: form.showApiError,
      },
    );
  }

  return (
    <Modal
      {...phoneModal}
      opened={opened}
      onClose={onClose}
      title={t("prevention.population.title")}
      size="xl"
      closeButtonProps={{ "aria-label": t("common.close") }}
    >
      <Stack gap="md">
        <Text size="sm">{t("prevention.population.intro")}</Text>
        <FormErrorAlert message={form.formError} />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <Select
            label={t("prevention.filters.year")}
            data={yearOptions(0)}
            value={String(year)}
            onChange={(value) => value && setYear(Number(value))}
            allowDeselect={false}
          />
          <TextInput
            label={t("prevention.population.source")}
            description={t("prevention.population.sourceHint")}
            required
            value={source}
            onChange={(event) => setSource(event.currentTarget.value)}
            error={form.errors.source}
          />
        </SimpleGrid>
        <Stack gap={4}>
          <Textarea
            label={t("prevention.population.paste")}
            description={t("prevention.population.pasteHint")}
            autosize
            minRows={2}
            maxRows={6}
            value={paste}
            onChange={(event) => setPaste(event.currentTarget.value)}
          />
          <Group justify="flex-end">
            <Button variant="default" size="xs" onClick={applyPaste} disabled={!paste.trim()}>
              {t("prevention.population.applyPaste")}
            </Button>
          </Group>
        </Stack>
        {current.isPending || !area.data ? <InlineLoader /> : null}
        {area.data?.kecamatan.map((k) => (
          <section key={k.code}>
            <Title order={3} size="h5" mb={4}>
              {k.name}
            </Title>
            <SimpleGrid cols={{ base: 2, sm: 3 }} spacing="xs">
              {area.data.kelurahan
                .filter((l) => l.kecamatanCode === k.code)
                .map((l) => (
                  <NumberInput
                    key={l.code}
                    label={l.name}
                    min={1}
                    allowDecimal={false}
                    allowNegative={false}
                    thousandSeparator="."
                    decimalSeparator=","
                    value={figures[l.code] ?? ""}
                    onChange={(value) =>
                      setFigures((f) => ({ ...f, [l.code]: value === "" ? "" : Number(value) }))
                    }
                  />
                ))}
            </SimpleGrid>
          </section>
        ))}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t("common.cancel")}
          </Button>
          <Button onClick={submit} loading={save.isPending}>
            {t("common.save")}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
