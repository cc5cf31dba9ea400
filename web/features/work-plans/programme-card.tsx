import { ActionIcon, Anchor, Group, Menu, Paper, Stack, Text, Title } from "@mantine/core";
import { IconDots, IconListCheck, IconPencil, IconPlus, IconTrash } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import type { ProgrammeDto } from "../../../shared/work-plans.ts";
import { paths } from "../../app/paths.ts";
import { IndicatorRow } from "./indicator-row.tsx";
import type { Dialog } from "./work-plan-page.tsx";

type ProgrammeCardProps = {
  programme: ProgrammeDto;
  manage: boolean;
  onDialog: (dialog: Dialog) => void;
  onRemoveEntry: (indicatorId: string, actualId: string) => void;
};

/** A programme of the plan: who leads it, its action items, its indicators with their bars. */
export function ProgrammeCard({ programme, manage, onDialog, onRemoveEntry }: ProgrammeCardProps) {
  const { t } = useTranslation();
  return (
    <Paper withBorder p="md" radius="md">
      <Group justify="space-between" gap="xs" wrap="nowrap" align="flex-start" mb="sm">
        <Stack gap={2}>
          <Title order={3} size="h5">
            {programme.title}
          </Title>
          <Text size="xs" c="dimmed">
            {[
              programme.leadOrganization
                ? t("followUp.plan.ledBy", { name: programme.leadOrganization.name })
                : null,
              programme.description,
            ]
              .filter(Boolean)
              .join(" · ")}
          </Text>
          <Anchor
            component={Link}
            to={`${paths.actionItems}?tampilan=semua&status=semua&program=${programme.id}`}
            size="xs"
          >
            <Group gap={4} component="span">
              <IconListCheck size={14} aria-hidden />
              {t("followUp.plan.actionItems", {
                active: programme.actionItems.active,
                overdue: programme.actionItems.overdue,
                done: programme.actionItems.done,
              })}
            </Group>
          </Anchor>
        </Stack>
        {manage ? (
          <Menu position="bottom-end">
            <Menu.Target>
              <ActionIcon
                variant="subtle"
                color="gray"
                aria-label={t("followUp.plan.programmeActions", { title: programme.title })}
              >
                <IconDots size={18} aria-hidden />
              </ActionIcon>
            </Menu.Target>
            <Menu.Dropdown>
              <Menu.Item
                leftSection={<IconPlus size={16} aria-hidden />}
                onClick={() => onDialog({ kind: "indicator", programmeId: programme.id, indicator: null })}
              >
                {t("followUp.plan.addIndicator")}
              </Menu.Item>
              <Menu.Item
                leftSection={<IconPencil size={16} aria-hidden />}
                onClick={() =>
                  onDialog({
                    kind: "programme",
                    programme,
                    workingGroupId: programme.workingGroupId,
                  })
                }
              >
                {t("followUp.plan.editProgramme")}
              </Menu.Item>
              <Menu.Item
                color="red"
                leftSection={<IconTrash size={16} aria-hidden />}
                onClick={() => onDialog({ kind: "removeProgramme", programme })}
              >
                {t("followUp.plan.removeProgramme")}
              </Menu.Item>
            </Menu.Dropdown>
          </Menu>
        ) : null}
      </Group>
      {programme.indicators.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t("followUp.plan.noIndicator")}
        </Text>
      ) : (
        <Stack component="ul" gap="lg" p={0} m={0} style={{ listStyle: "none" }}>
          {programme.indicators.map((indicator) => (
            <IndicatorRow
              key={indicator.id}
              indicator={indicator}
              manage={manage}
              onEdit={() => onDialog({ kind: "indicator", programmeId: programme.id, indicator })}
              onRemove={() => onDialog({ kind: "removeIndicator", indicator })}
              onRecord={() => onDialog({ kind: "actual", indicator })}
              onRemoveEntry={(actualId) => onRemoveEntry(indicator.id, actualId)}
            />
          ))}
        </Stack>
      )}
    </Paper>
  );
}
