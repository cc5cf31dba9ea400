import { ActionIcon, Alert, Badge, Button, Group, Paper, Stack, Text, Title } from "@mantine/core";
import { IconFileImport, IconTrash } from "@tabler/icons-react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { ActivityDto, AttendeeDto } from "../../../shared/prevention.ts";
import { ConfirmModal } from "../../ui/confirm-modal.tsx";
import { InlineLoader } from "../../ui/inline-loader.tsx";
import { QueryError } from "../../ui/query-error.tsx";
import { AttendeeImportModal } from "./attendee-import-modal.tsx";
import { AttendeeQuickAdd } from "./attendee-quick-add.tsx";
import { CountsTable } from "./counts-table.tsx";
import { useAttendees, useRemoveAttendee } from "./prevention-api.ts";

/**
 * Participants: the counts for everyone who reads the activity; the attendance list (names)
 * only for those who run it, with quick entry on a phone and import from a spreadsheet.
 */
export function ParticipantsTab({ activity }: { activity: ActivityDto }) {
  const { t } = useTranslation();
  const manages = activity.abilities.manageAttendees;
  const list = useAttendees(activity.id, manages);
  const [importing, setImporting] = useState(false);
  const counts = activity.counts;

  return (
    <Stack gap="lg">
      {counts ? (
        <div>
          <CountsTable counts={counts} estimate={activity.participantSource === "counts"} />
          {activity.participantSource === "counts" ? (
            <Text size="sm" c="dimmed" mt={4}>
              {t("prevention.counts.estimateHint")}
            </Text>
          ) : null}
        </div>
      ) : (
        <Text c="dimmed">{t("prevention.participants.none")}</Text>
      )}
      {!manages ? <Text size="sm">{t("prevention.attendees.namesHidden")}</Text> : null}
      {manages && activity.status === "cancelled" ? (
        <Alert color="gray">{t("prevention.attendees.cancelled")}</Alert>
      ) : null}
      {manages && activity.status !== "cancelled" ? (
        <>
          {activity.participantSource === "counts" ? (
            <Alert color="yellow">
              {t("prevention.attendees.replacesCounts", { count: activity.participantTotal })}
            </Alert>
          ) : null}
          <Paper withBorder p={{ base: "sm", sm: "md" }} radius="md">
            <Group justify="space-between" mb="sm" gap="xs">
              <Title order={2} size="h4">
                {t("prevention.attendees.addTitle")}
              </Title>
              <Button
                variant="default"
                size="xs"
                leftSection={<IconFileImport size={16} aria-hidden />}
                onClick={() => setImporting(true)}
              >
                {t("prevention.import.open")}
              </Button>
            </Group>
            <AttendeeQuickAdd activityId={activity.id} />
          </Paper>
          <AttendeeImportModal
            activityId={activity.id}
            opened={importing}
            onClose={() => setImporting(false)}
          />
        </>
      ) : null}
      {manages ? (
        <section aria-labelledby="attendee-list-title">
          <Title order={2} size="h4" id="attendee-list-title" mb="sm">
            {t("prevention.attendees.listTitle", { count: activity.attendeeCount })}
          </Title>
          {list.isPending ? <InlineLoader /> : null}
          {list.isError ? <QueryError error={list.error} onRetry={() => void list.refetch()} /> : null}
          {list.data && list.data.items.length === 0 ? (
            <Text c="dimmed">{t("prevention.attendees.empty")}</Text>
          ) : null}
          {list.data && list.data.items.length > 0 ? (
            <AttendeeList activity={activity} attendees={list.data.items} />
          ) : null}
        </section>
      ) : null}
    </Stack>
  );
}

function AttendeeList({ activity, attendees }: { activity: ActivityDto; attendees: AttendeeDto[] }) {
  const { t } = useTranslation();
  const remove = useRemoveAttendee(activity.id);
  const [removing, setRemoving] = useState<AttendeeDto | null>(null);
  // The newest first: the person just added is the one to check.
  const shown = [...attendees].reverse();
  return (
    <>
      <Stack component="ol" gap={6} p={0} m={0} style={{ listStyle: "none" }}>
        {shown.map((a, index) => (
          <Paper component="li" key={a.id} withBorder px="sm" py={6} radius="sm">
            <Group justify="space-between" wrap="nowrap" gap="xs">
              <div style={{ minWidth: 0 }}>
                <Text fw={600} style={{ overflowWrap: "anywhere" }}>
                  {attendees.length - index}. {a.name}
                </Text>
                <Text size="sm" c="dimmed">
                  {[
                    t(`prevention.sex.${a.sex}`),
                    t(`prevention.ageBands.${a.ageBand}`),
                    a.affiliation,
                    a.phone,
                  ]
                    .filter(Boolean)
                    .join(" · ")}
                </Text>
                {a.otherActivities > 0 ? (
                  <Badge variant="light" color="grape" size="sm" mt={2}>
                    {t("prevention.attendees.seenBefore", { count: a.otherActivities })}
                  </Badge>
                ) : null}
              </div>
              <ActionIcon
                variant="subtle"
                color="red"
                size="lg"
                aria-label={t("prevention.attendees.remove", { name: a.name })}
                onClick={() => setRemoving(a)}
              >
                <IconTrash size={18} aria-hidden />
              </ActionIcon>
            </Group>
          </Paper>
        ))}
      </Stack>
      <ConfirmModal
        opened={removing !== null}
        title={t("prevention.attendees.removeTitle")}
        message={t("prevention.attendees.removeMessage", { name: removing?.name ?? "" })}
        confirmLabel={t("prevention.attendees.removeConfirm")}
        danger
        loading={remove.isPending}
        error={remove.error?.message ?? null}
        onConfirm={() => removing && remove.mutate(removing.id, { onSuccess: () => setRemoving(null) })}
        onClose={() => setRemoving(null)}
      />
    </>
  );
}
