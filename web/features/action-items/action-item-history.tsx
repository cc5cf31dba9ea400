import { Button, Group, Stack, Text, Timeline } from "@mantine/core";
import { IconArrowRight, IconDownload, IconFlag, IconMessage, IconPencil } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import type { ActionItemEventDto } from "../../../shared/action-items.ts";
import { useFormatDateTime } from "../../ui/format-date.ts";
import { notifyError } from "../../ui/notify.ts";
import { formatSize } from "../cases/document-file.ts";
import { saveFile } from "../coordination/coordination-api.ts";

// The fields an edit can name (action-items.service.ts editableFields).
type EditedField =
  | "description"
  | "ownerOrganizationId"
  | "ownerUserId"
  | "ownerName"
  | "dueOn"
  | "decisionId"
  | "programmeId";

/** The item's history, oldest first: who reported what, each status change, the secretariat's edits. */
export function ActionItemHistory({ itemId, events }: { itemId: string; events: ActionItemEventDto[] }) {
  const { t, i18n } = useTranslation();
  const formatDateTime = useFormatDateTime();

  async function download(attachmentId: string) {
    try {
      await saveFile(`/action-items/${itemId}/attachments/${attachmentId}/content`);
    } catch (error) {
      notifyError(t("followUp.history.downloadFailed"), error instanceof Error ? error.message : "");
    }
  }

  return (
    <Timeline bulletSize={24} lineWidth={2} active={events.length}>
      {events.map((event) => {
        const icon =
          event.kind === "created" ? (
            <IconFlag size={14} />
          ) : event.kind === "edited" ? (
            <IconPencil size={14} />
          ) : event.toStatus ? (
            <IconArrowRight size={14} />
          ) : (
            <IconMessage size={14} />
          );
        const title =
          event.kind === "created"
            ? t("followUp.history.created")
            : event.kind === "edited"
              ? t("followUp.history.edited", {
                  fields: event.fields
                    .map((f) => t(`followUp.history.fields.${f as EditedField}`))
                    .join(", "),
                })
              : event.toStatus
                ? t("followUp.history.statusChanged", {
                    from: t(`followUp.status.${event.fromStatus ?? "open"}`),
                    to: t(`followUp.status.${event.toStatus}`),
                  })
                : t("followUp.history.progress");
        return (
          <Timeline.Item key={event.id} bullet={icon} title={title}>
            <Stack gap={4}>
              <Text size="sm" c="dimmed">
                {[event.authorName, event.authorOrganizationName, formatDateTime(event.createdAt)]
                  .filter(Boolean)
                  .join(" · ")}
              </Text>
              {event.reason ? (
                <Text size="sm">
                  <Text span fw={600}>
                    {t("followUp.history.reason")}:
                  </Text>{" "}
                  {event.reason}
                </Text>
              ) : null}
              {event.note ? (
                <Text size="sm" style={{ whiteSpace: "pre-wrap" }}>
                  {event.note}
                </Text>
              ) : null}
              {event.attachments.length > 0 ? (
                <Group gap="xs">
                  {event.attachments.map((file) => (
                    <Button
                      key={file.id}
                      size="compact-sm"
                      variant="light"
                      leftSection={<IconDownload size={14} aria-hidden />}
                      onClick={() => void download(file.id)}
                      aria-label={t("followUp.history.download", { name: file.fileName })}
                    >
                      {file.fileName} ({formatSize(file.sizeBytes, i18n.language)})
                    </Button>
                  ))}
                </Group>
              ) : null}
            </Stack>
          </Timeline.Item>
        );
      })}
    </Timeline>
  );
}
