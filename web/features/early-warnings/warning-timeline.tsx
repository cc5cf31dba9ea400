import { Paper, Stack, Text, Title } from "@mantine/core";
import type { TFunction } from "i18next";
import { useTranslation } from "react-i18next";
import type { EarlyWarningDto, EarlyWarningEvent } from "../../../shared/early-warnings.ts";
import { useFormatDateTime } from "../../ui/format-date.ts";

function stepLabel(event: EarlyWarningEvent, t: TFunction): string {
  switch (event.status) {
    case "escalated":
      return t(`warnings.timeline.escalated.${event.escalatedTo ?? "complaint"}`);
    case "closed":
      return event.closeReason
        ? t("warnings.timeline.closedBecause", { reason: t(`warnings.closeReason.${event.closeReason}`) })
        : t("warnings.timeline.closed");
    default:
      return t(`warnings.timeline.${event.status}`);
  }
}

/** Each status change, oldest first, by whom; notes where the reader may see them. */
export function WarningTimeline({ warning }: { warning: EarlyWarningDto }) {
  const { t } = useTranslation();
  const formatDateTime = useFormatDateTime();
  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby="warning-timeline">
      <Title order={2} size="h4" mb="sm" id="warning-timeline">
        {t("warnings.detail.timeline")}
      </Title>
      <Stack component="ol" gap="md" p={0} m={0} style={{ listStyle: "none" }}>
        {warning.timeline.map((event) => (
          <li key={`${event.status}-${event.occurredAt}`}>
            <Text size="sm" c="dimmed">
              {formatDateTime(event.occurredAt)}
            </Text>
            <Text fw={600}>{stepLabel(event, t)}</Text>
            {event.actorName ? (
              <Text size="sm">{t("warnings.timeline.by", { name: event.actorName })}</Text>
            ) : null}
            {event.note ? (
              <Text size="sm" style={{ whiteSpace: "pre-wrap", overflowWrap: "anywhere" }}>
                {t("warnings.timeline.note")}: {event.note}
              </Text>
            ) : null}
          </li>
        ))}
      </Stack>
    </Paper>
  );
}
