import { Alert, Anchor, Button, Group, Modal, Paper, SimpleGrid, Stack, Text, Title } from "@mantine/core";
import { IconPencil } from "@tabler/icons-react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useParams } from "react-router";
import type { ActionItemDetailDto } from "../../../shared/action-items.ts";
import { isApiError } from "../../app/api-client.ts";
import { paths } from "../../app/paths.ts";
import { useFormatDateTime } from "../../ui/format-date.ts";
import { useFormatDay } from "../../ui/format-day.ts";
import { InlineLoader } from "../../ui/inline-loader.tsx";
import { notifySuccess } from "../../ui/notify.ts";
import { PageHeader } from "../../ui/page-header.tsx";
import { QueryError } from "../../ui/query-error.tsx";
import { usePhoneModal } from "../complaints/use-phone-modal.ts";
import { useMeeting } from "../coordination/coordination-api.ts";
import { wibDayKey } from "../coordination/meeting-time.ts";
import { ActionItemStatusBadge, DueBadge } from "./action-item-badges.tsx";
import { ActionItemForm } from "./action-item-form.tsx";
import { ActionItemHistory } from "./action-item-history.tsx";
import { useActionItem } from "./action-items-api.ts";
import { ReportForm } from "./report-form.tsx";

/** `/koordinasi/tindak-lanjut/:actionItemId`: one item, its owner's reports, and a new report. */
export function ActionItemPage() {
  const { t } = useTranslation();
  const { actionItemId = "" } = useParams();
  const item = useActionItem(actionItemId);
  const [editing, setEditing] = useState(false);
  const phoneModal = usePhoneModal();

  if (item.isPending) return <InlineLoader />;
  if (item.isError) {
    const missing = isApiError(item.error, "not_found") || isApiError(item.error, "validation_failed");
    return (
      <>
        <PageHeader title={missing ? t("followUp.detail.notFound") : t("followUp.list.title")} />
        {missing ? (
          <Alert color="gray">{t("followUp.detail.notFoundBody")}</Alert>
        ) : (
          <QueryError error={item.error} onRetry={() => void item.refetch()} />
        )}
      </>
    );
  }
  const record = item.data;
  const active = record.status === "open" || record.status === "in_progress";

  return (
    <>
      <Anchor component={Link} to={paths.actionItems} size="sm">
        {t("followUp.detail.back")}
      </Anchor>
      <PageHeader
        title={t("followUp.detail.title")}
        description={
          <Group gap={6} component="span">
            <ActionItemStatusBadge status={record.status} />
            {active ? <DueBadge item={record} /> : null}
          </Group>
        }
        actions={
          record.abilities.edit ? (
            <Button
              variant="default"
              leftSection={<IconPencil size={18} aria-hidden />}
              onClick={() => setEditing(true)}
            >
              {t("common.edit")}
            </Button>
          ) : null
        }
      />
      <Stack gap="lg">
        <Facts item={record} />
        {record.abilities.report ? (
          <Paper withBorder p="md" radius="md">
            <ReportForm item={record} />
          </Paper>
        ) : null}
        <section aria-labelledby="history-title">
          <Title id="history-title" order={2} size="h4" mb="sm">
            {t("followUp.history.title")}
          </Title>
          <ActionItemHistory itemId={record.id} events={record.history} />
        </section>
      </Stack>
      <Modal
        {...phoneModal}
        opened={editing}
        onClose={() => setEditing(false)}
        title={t("followUp.form.editTitle")}
        size="lg"
        closeButtonProps={{ "aria-label": t("common.close") }}
      >
        {editing ? <EditForm item={record} onDone={() => setEditing(false)} /> : null}
      </Modal>
    </>
  );
}

/** The correction form, with the source meeting's decisions to choose from. */
function EditForm({ item, onDone }: { item: ActionItemDetailDto; onDone: () => void }) {
  const { t } = useTranslation();
  const meeting = useMeeting(item.meeting?.id ?? "");
  if (item.meeting && meeting.isPending) return <InlineLoader />;
  return (
    <ActionItemForm
      item={item}
      meeting={item.meeting && meeting.data ? meeting.data : null}
      submitLabel={t("common.save")}
      onCancel={onDone}
      onSaved={() => {
        notifySuccess(t("followUp.form.updated"));
        onDone();
      }}
    />
  );
}

function Facts({ item }: { item: ActionItemDetailDto }) {
  const { t } = useTranslation();
  const formatDay = useFormatDay();
  const formatDateTime = useFormatDateTime();
  const rows: [string, React.ReactNode][] = [
    [t("followUp.fields.ownerOrganization"), item.ownerOrganization.name],
    [t("followUp.fields.ownerPerson"), item.ownerUser?.name ?? item.ownerName ?? "—"],
    [t("followUp.fields.dueOn"), formatDay(item.dueOn)],
  ];
  if (item.meeting)
    rows.push([
      t("followUp.fields.meeting"),
      <Anchor key="meeting" component={Link} to={paths.meeting(item.meeting.id)}>
        {item.meeting.title} ({formatDay(wibDayKey(item.meeting.startsAt))})
      </Anchor>,
    ]);
  if (item.decision)
    rows.push([t("followUp.fields.decisionShort"), `${item.decision.number}. ${item.decision.text}`]);
  if (item.programme)
    rows.push([
      t("followUp.fields.programmeShort"),
      <Anchor key="programme" component={Link} to={paths.workPlan(item.programme.year)}>
        {item.programme.title} ({item.programme.year})
      </Anchor>,
    ]);
  if (item.status === "done" && item.doneAt)
    rows.push([
      t("followUp.fields.doneAt"),
      `${formatDateTime(item.doneAt)} · ${item.doneOnTime ? t("followUp.detail.onTime") : t("followUp.detail.late")}`,
    ]);
  if (item.dropReason) rows.push([t("followUp.fields.dropReason"), item.dropReason]);
  rows.push([
    t("followUp.fields.createdBy"),
    [item.createdByName, formatDateTime(item.createdAt)].filter(Boolean).join(" · "),
  ]);
  return (
    <Paper withBorder p="md" radius="md">
      <Text fw={700} size="lg" mb="sm" style={{ whiteSpace: "pre-wrap" }}>
        {item.description}
      </Text>
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm" verticalSpacing="xs" component="dl" m={0}>
        {rows.map(([label, value]) => (
          <div key={label}>
            <Text component="dt" size="sm" c="dimmed">
              {label}
            </Text>
            <Text component="dd" m={0}>
              {value}
            </Text>
          </div>
        ))}
      </SimpleGrid>
    </Paper>
  );
}
