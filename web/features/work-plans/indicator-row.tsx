import { ActionIcon, Badge, Button, Collapse, Group, Menu, Progress, Stack, Text } from "@mantine/core";
import { IconDots, IconPencil, IconPlus, IconTrash } from "@tabler/icons-react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { IndicatorDto } from "../../../shared/work-plans.ts";
import { useFormatDay } from "../../ui/format-day.ts";

// Badge colours that pass WCAG AA as light badges; the bar of an unmet indicator is orange.
const stateColors = { met: "teal", not_met: "blue", no_data: "gray" } as const;
const barColors = { met: "teal", not_met: "orange", no_data: "gray" } as const;

type IndicatorRowProps = {
  indicator: IndicatorDto;
  manage: boolean;
  onEdit: () => void;
  onRemove: () => void;
  onRecord: () => void;
  onRemoveEntry: (actualId: string) => void;
};

/** One indicator: its bar, the figures in words, where the actual comes from, its entries. */
export function IndicatorRow({
  indicator,
  manage,
  onEdit,
  onRemove,
  onRecord,
  onRemoveEntry,
}: IndicatorRowProps) {
  const { t, i18n } = useTranslation();
  const formatDay = useFormatDay();
  const [showEntries, setShowEntries] = useState(false);
  const number = new Intl.NumberFormat(i18n.language === "en" ? "en-GB" : "id-ID", {
    maximumFractionDigits: 1,
  });
  const { actual, progress } = indicator;
  const percent = progress.ratio === null ? null : Math.round(progress.ratio * 100);
  const figures =
    actual === null
      ? t("followUp.plan.noData", { target: number.format(indicator.target), unit: indicator.unit })
      : indicator.direction === "lower"
        ? t(
            indicator.baseline === null ? "followUp.plan.lowerFigures" : "followUp.plan.lowerFiguresBaseline",
            {
              actual: number.format(actual.value),
              target: number.format(indicator.target),
              baseline: number.format(indicator.baseline ?? 0),
              unit: indicator.unit,
            },
          )
        : t("followUp.plan.higherFigures", {
            actual: number.format(actual.value),
            target: number.format(indicator.target),
            unit: indicator.unit,
          });

  return (
    <Stack gap={4} component="li">
      <Group justify="space-between" gap="xs" wrap="nowrap" align="flex-start">
        <Stack gap={0}>
          <Text fw={600}>{indicator.name}</Text>
          <Text size="xs" c="dimmed">
            {[
              indicator.responsibleOrganization.shortName ?? indicator.responsibleOrganization.name,
              indicator.direction === "lower" ? t("followUp.plan.lowerIsBetter") : null,
            ]
              .filter(Boolean)
              .join(" · ")}
          </Text>
        </Stack>
        <Group gap={4} wrap="nowrap">
          {manage ? (
            <Menu position="bottom-end">
              <Menu.Target>
                <ActionIcon
                  variant="subtle"
                  color="gray"
                  aria-label={t("followUp.plan.indicatorActions", { name: indicator.name })}
                >
                  <IconDots size={18} aria-hidden />
                </ActionIcon>
              </Menu.Target>
              <Menu.Dropdown>
                {indicator.metric === null ? (
                  <Menu.Item leftSection={<IconPlus size={16} aria-hidden />} onClick={onRecord}>
                    {t("followUp.plan.recordActual")}
                  </Menu.Item>
                ) : null}
                <Menu.Item leftSection={<IconPencil size={16} aria-hidden />} onClick={onEdit}>
                  {t("common.edit")}
                </Menu.Item>
                <Menu.Item color="red" leftSection={<IconTrash size={16} aria-hidden />} onClick={onRemove}>
                  {t("followUp.plan.removeIndicator")}
                </Menu.Item>
              </Menu.Dropdown>
            </Menu>
          ) : null}
        </Group>
      </Group>
      <Progress
        value={percent ?? 0}
        color={barColors[progress.state]}
        size="lg"
        radius="sm"
        aria-label={t("followUp.plan.progressLabel", { name: indicator.name, percent: percent ?? 0 })}
      />
      <Group gap="xs" wrap="wrap">
        <Badge variant="light" color={stateColors[progress.state]}>
          {t(`followUp.plan.states.${progress.state}`)}
        </Badge>
        <Text size="sm">
          {figures}
          {percent !== null ? ` · ${percent}%` : ""}
        </Text>
      </Group>
      {actual ? (
        <Text size="xs" c="dimmed">
          {actual.source}
        </Text>
      ) : null}
      {indicator.entries.length > 0 ? (
        <>
          <Button
            variant="subtle"
            size="compact-xs"
            onClick={() => setShowEntries((s) => !s)}
            aria-expanded={showEntries}
            w="fit-content"
          >
            {t("followUp.plan.entries", { count: indicator.entries.length })}
          </Button>
          <Collapse expanded={showEntries}>
            <Stack gap={2} component="ul" p={0} m={0} style={{ listStyle: "none" }}>
              {indicator.entries.map((entry) => (
                <Group key={entry.id} component="li" gap="xs" wrap="nowrap" justify="space-between">
                  <Text size="xs">
                    {formatDay(entry.measuredOn)}: {number.format(entry.value)} {indicator.unit}
                    {entry.note ? ` — ${entry.note}` : ""}
                    {entry.recordedByName ? ` (${entry.recordedByName})` : ""}
                  </Text>
                  {manage ? (
                    <ActionIcon
                      size="sm"
                      variant="subtle"
                      color="red"
                      onClick={() => onRemoveEntry(entry.id)}
                      aria-label={t("followUp.plan.removeEntry", { date: formatDay(entry.measuredOn) })}
                    >
                      <IconTrash size={14} aria-hidden />
                    </ActionIcon>
                  ) : null}
                </Group>
              ))}
            </Stack>
          </Collapse>
        </>
      ) : null}
    </Stack>
  );
}
