import { Badge } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { InvitationMailState, MeetingStatus } from "../../../shared/coordination.ts";

const statusColors: Record<MeetingStatus, string> = { planned: "blue", held: "teal", cancelled: "gray" };

export function MeetingStatusBadge({ status }: { status: MeetingStatus }) {
  const { t } = useTranslation();
  return (
    <Badge variant="light" color={statusColors[status]}>
      {t(`coordination.status.${status}`)}
    </Badge>
  );
}

const mailColors: Record<InvitationMailState, string> = {
  // Yellow and orange badges fall short of the contrast a phone in daylight needs.
  not_sent: "gray",
  no_address: "grape",
  not_configured: "violet",
  queued: "blue",
  sending: "blue",
  sent: "teal",
  failed: "red",
  outdated: "grape",
};

/** Where an invitee's mail is; "not sent: no mail server" says the invitation waits, not lost. */
export function MailStateBadge({ state }: { state: InvitationMailState }) {
  const { t } = useTranslation();
  return (
    <Badge variant="light" color={mailColors[state]} style={{ whiteSpace: "normal", height: "auto" }}>
      {t(`coordination.mailState.${state}`)}
    </Badge>
  );
}
