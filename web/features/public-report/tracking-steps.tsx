import { Box, Group, Stack, Text, ThemeIcon, VisuallyHidden } from "@mantine/core";
import { IconCheck, IconCircleDot } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import { type PublicComplaintStatus, publicComplaintStatuses } from "../../../shared/complaints.ts";
import { useFormatDateTime } from "../../ui/format-date.ts";
import type { PublicComplaintStatusDto } from "./public-report-api.ts";

/** Received → under review → handled, as a list a screen reader reads in order. */
export function TrackingSteps({ status }: { status: PublicComplaintStatusDto }) {
  const { t } = useTranslation();
  const formatDateTime = useFormatDateTime();
  const reached = publicComplaintStatuses.indexOf(status.status);

  function dateOf(step: PublicComplaintStatus): string | null {
    if (step === "received") return formatDateTime(status.receivedAt);
    // Only the latest change has a time of its own; earlier steps in between have none to show.
    if (step === status.status) return formatDateTime(status.updatedAt);
    return null;
  }

  return (
    <Box component="ol" p={0} m={0} style={{ listStyle: "none" }} aria-label={t("intake.track.stepsLabel")}>
      {publicComplaintStatuses.map((step, index) => {
        const done = index < reached;
        const current = index === reached;
        const date = index <= reached ? dateOf(step) : null;
        return (
          <Box
            component="li"
            key={step}
            aria-current={current ? "step" : undefined}
            pb={index < publicComplaintStatuses.length - 1 ? "md" : 0}
          >
            <Group align="flex-start" wrap="nowrap" gap="sm">
              <ThemeIcon
                radius="xl"
                size={32}
                color={done || current ? (current ? "blue" : "teal") : "gray"}
                variant={done || current ? "filled" : "light"}
                aria-hidden
              >
                {done ? <IconCheck size={18} /> : <IconCircleDot size={18} />}
              </ThemeIcon>
              <Stack gap={2}>
                <Text fw={current ? 800 : 600} c={index > reached ? "dimmed" : undefined}>
                  {t(`intake.track.steps.${step}`)}
                  {done ? <VisuallyHidden>{` (${t("intake.track.done")})`}</VisuallyHidden> : null}
                  {current ? <VisuallyHidden>{` (${t("intake.track.current")})`}</VisuallyHidden> : null}
                </Text>
                <Text size="sm" c={index > reached ? "dimmed" : undefined}>
                  {t(`intake.track.stepHints.${step}`)}
                </Text>
                {date ? <Text size="sm">{date}</Text> : null}
              </Stack>
            </Group>
          </Box>
        );
      })}
    </Box>
  );
}
