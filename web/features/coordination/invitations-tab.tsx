import { Accordion, ActionIcon, Alert, Button, Group, Menu, Paper, Stack, Text, Title } from "@mantine/core";
import {
  IconDots,
  IconFileTypePdf,
  IconMailForward,
  IconSend,
  IconUserMinus,
  IconUserPlus,
} from "@tabler/icons-react";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { type InvitationDto, inviteesInputSchema, type MeetingDto } from "../../../shared/coordination.ts";
import { ConfirmModal } from "../../ui/confirm-modal.tsx";
import { FormErrorAlert } from "../../ui/form-error-alert.tsx";
import { useFormatDateTime } from "../../ui/format-date.ts";
import { notifyError, notifySuccess } from "../../ui/notify.ts";
import {
  saveFile,
  useAddInvitees,
  useResendInvitation,
  useSendInvitations,
  useWithdrawInvitation,
} from "./coordination-api.ts";
import { InviteePicker, type InviteeValues, inviteesInput, noInvitees } from "./invitee-picker.tsx";
import { MailStateBadge } from "./meeting-badges.tsx";
import { useCoordinationForm } from "./use-coordination-form.ts";

/** The invitees, whether each invitation's mail went out, the letter to print, and who to add. */
export function InvitationsTab({ meeting }: { meeting: MeetingDto }) {
  const { t } = useTranslation();
  const send = useSendInvitations(meeting.id);
  const manage = meeting.abilities.manage && meeting.status !== "cancelled";
  const pending = meeting.invitations.filter(
    (i) => i.mailState === "not_sent" || i.mailState === "outdated",
  ).length;
  const waiting = meeting.invitations.filter((i) => i.mailState === "not_configured").length;

  async function download(path: string) {
    try {
      await saveFile(path);
    } catch (error) {
      notifyError(t("coordination.detail.downloadFailed"), error instanceof Error ? error.message : "");
    }
  }

  return (
    <Stack gap="lg">
      {!meeting.mailConfigured && (waiting > 0 || meeting.abilities.sendInvitations) ? (
        <Alert color="orange">
          <Text fw={700}>{t("coordination.invitations.noMailTitle")}</Text>
          <Text size="sm">{t("coordination.invitations.noMailBody", { count: waiting })}</Text>
        </Alert>
      ) : null}
      <Group gap="sm">
        {meeting.abilities.sendInvitations ? (
          <Button
            leftSection={<IconSend size={18} aria-hidden />}
            loading={send.isPending}
            onClick={() =>
              send.mutate(undefined, {
                onSuccess: (result) =>
                  notifySuccess(
                    result.mailConfigured
                      ? t("coordination.invitations.sent", { count: result.queued })
                      : t("coordination.invitations.queuedNoMail", { count: result.queued }),
                  ),
                onError: (error) => notifyError(t("coordination.invitations.sendFailed"), error.message),
              })
            }
          >
            {t("coordination.invitations.send", { count: pending })}
          </Button>
        ) : null}
        <Button
          variant="default"
          leftSection={<IconFileTypePdf size={18} aria-hidden />}
          onClick={() => void download(`/meetings/${meeting.id}/letter.pdf`)}
        >
          {t("coordination.invitations.letter")}
        </Button>
      </Group>
      <section aria-labelledby="invitees-title">
        <Title id="invitees-title" order={2} size="h4" mb="xs">
          {t("coordination.invitations.list", { count: meeting.invitations.length })}
        </Title>
        {meeting.invitations.length === 0 ? (
          <Text c="dimmed">{t("coordination.invitations.none")}</Text>
        ) : null}
        <Stack component="ul" gap={6} p={0} m={0} style={{ listStyle: "none" }}>
          {meeting.invitations.map((invitation) => (
            <InvitationRow
              key={invitation.id}
              meeting={meeting}
              invitation={invitation}
              manage={manage}
              onLetter={download}
            />
          ))}
        </Stack>
      </section>
      {manage ? <AddInvitees meeting={meeting} /> : null}
    </Stack>
  );
}

function InvitationRow({
  meeting,
  invitation,
  manage,
  onLetter,
}: {
  meeting: MeetingDto;
  invitation: InvitationDto;
  manage: boolean;
  onLetter: (path: string) => Promise<void>;
}) {
  const { t } = useTranslation();
  const formatDateTime = useFormatDateTime();
  const resend = useResendInvitation(meeting.id);
  const withdraw = useWithdrawInvitation(meeting.id);
  const [confirming, setConfirming] = useState(false);
  const title = invitation.organizationName ?? invitation.name ?? invitation.email ?? "";
  const person = invitation.kind === "organization" ? invitation.name : invitation.personTitle;
  const canResend =
    manage &&
    meeting.status === "planned" &&
    (invitation.mailState === "failed" || invitation.mailState === "sent");
  return (
    <Paper component="li" withBorder px="sm" py={8} radius="sm">
      <Group justify="space-between" wrap="nowrap" align="flex-start">
        <Stack gap={2} style={{ minWidth: 0 }}>
          <Text fw={600} style={{ overflowWrap: "anywhere" }}>
            {title}
          </Text>
          {person ? (
            <Text size="sm" style={{ overflowWrap: "anywhere" }}>
              {[person, invitation.kind === "organization" ? invitation.personTitle : null]
                .filter(Boolean)
                .join(" · ")}
            </Text>
          ) : null}
          <Text size="sm" c="dimmed" style={{ overflowWrap: "anywhere" }}>
            {invitation.addresses.length > 0
              ? invitation.addresses.join(", ")
              : t("coordination.invitations.noAddress")}
          </Text>
          <Group gap={6}>
            <MailStateBadge state={invitation.mailState} />
            {invitation.sentAt ? (
              <Text size="xs" c="dimmed">
                {formatDateTime(invitation.sentAt)}
              </Text>
            ) : null}
            {invitation.attended ? (
              <Text size="xs" c="teal.9" fw={700}>
                {t("coordination.attendance.present")}
              </Text>
            ) : null}
          </Group>
          {invitation.mailError ? (
            <Text size="xs" c="red.9">
              {invitation.mailError}
            </Text>
          ) : null}
        </Stack>
        <Menu position="bottom-end">
          <Menu.Target>
            <ActionIcon
              variant="subtle"
              size="lg"
              aria-label={t("coordination.invitations.actions", { name: title })}
            >
              <IconDots size={18} aria-hidden />
            </ActionIcon>
          </Menu.Target>
          <Menu.Dropdown>
            <Menu.Item
              leftSection={<IconFileTypePdf size={16} aria-hidden />}
              onClick={() =>
                void onLetter(`/meetings/${meeting.id}/letter.pdf?invitationId=${invitation.id}`)
              }
            >
              {t("coordination.invitations.letterFor")}
            </Menu.Item>
            {canResend ? (
              <Menu.Item
                leftSection={<IconMailForward size={16} aria-hidden />}
                onClick={() =>
                  resend.mutate(invitation.id, {
                    onSuccess: () => notifySuccess(t("coordination.invitations.resent")),
                    onError: (error) => notifyError(t("coordination.invitations.sendFailed"), error.message),
                  })
                }
              >
                {t("coordination.invitations.resend")}
              </Menu.Item>
            ) : null}
            {manage ? (
              <Menu.Item
                color="red"
                leftSection={<IconUserMinus size={16} aria-hidden />}
                onClick={() => setConfirming(true)}
              >
                {t("coordination.invitations.withdraw")}
              </Menu.Item>
            ) : null}
          </Menu.Dropdown>
        </Menu>
      </Group>
      <ConfirmModal
        opened={confirming}
        title={t("coordination.invitations.withdrawTitle")}
        message={t("coordination.invitations.withdrawBody", { name: title })}
        confirmLabel={t("coordination.invitations.withdraw")}
        danger
        loading={withdraw.isPending}
        error={withdraw.error?.message ?? null}
        onClose={() => setConfirming(false)}
        onConfirm={() => withdraw.mutate(invitation.id, { onSuccess: () => setConfirming(false) })}
      />
    </Paper>
  );
}

function AddInvitees({ meeting }: { meeting: MeetingDto }) {
  const { t } = useTranslation();
  const add = useAddInvitees(meeting.id);
  const form = useCoordinationForm();
  const [values, setValues] = useState<InviteeValues>(noInvitees);
  const exclude = {
    organizationIds: meeting.invitations.flatMap((i) =>
      i.kind === "organization" && i.organizationId ? [i.organizationId] : [],
    ),
    userIds: meeting.invitations.flatMap((i) => (i.userId ? [i.userId] : [])),
  };

  function submit(event: FormEvent) {
    event.preventDefault();
    const input = form.validate(inviteesInputSchema, inviteesInput(values));
    if (!input) return;
    add.mutate(input, {
      onSuccess: () => {
        notifySuccess(t("coordination.invitations.added"));
        setValues(noInvitees());
      },
      onError: form.showApiError,
    });
  }

  return (
    <Accordion variant="separated">
      <Accordion.Item value="add">
        <Accordion.Control icon={<IconUserPlus size={18} aria-hidden />}>
          {t("coordination.invitations.add")}
        </Accordion.Control>
        <Accordion.Panel>
          <form ref={form.formRef} onSubmit={submit} noValidate>
            <Stack gap="sm">
              <FormErrorAlert message={form.formError} extra={form.unplaced(() => true)} />
              <InviteePicker
                value={values}
                onChange={setValues}
                errors={form.errors}
                path=""
                exclude={exclude}
              />
              <Group justify="flex-end">
                <Button type="submit" loading={add.isPending}>
                  {t("coordination.invitations.addSubmit")}
                </Button>
              </Group>
            </Stack>
          </form>
        </Accordion.Panel>
      </Accordion.Item>
    </Accordion>
  );
}
