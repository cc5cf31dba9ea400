import { Alert, Anchor, Button, Group, Menu, Modal, ScrollArea, Tabs, Textarea } from "@mantine/core";
import { IconCalendarPlus, IconDots, IconPencil, IconPlayerSkipForward, IconX } from "@tabler/icons-react";
import { Suspense, useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useNavigate, useParams } from "react-router";
import type { UpdateMeetingInput } from "../../../shared/coordination.ts";
import { isApiError } from "../../app/api-client.ts";
import { paths } from "../../app/paths.ts";
import { InlineLoader } from "../../ui/inline-loader.tsx";
import { notifyError, notifySuccess } from "../../ui/notify.ts";
import { PageHeader } from "../../ui/page-header.tsx";
import { QueryError } from "../../ui/query-error.tsx";
import { usePhoneModal } from "../complaints/use-phone-modal.ts";
import { saveFile, useCancelMeeting, useMeeting, useUpdateMeeting } from "./coordination-api.ts";
import { MeetingStatusBadge } from "./meeting-badges.tsx";
import { MeetingForm, meetingFormValues } from "./meeting-form.tsx";
import { meetingTabs } from "./meeting-tabs.tsx";
import { useMeetingWhen } from "./meeting-time.ts";

/** `/koordinasi/rapat/:meetingId/:tab?`: one meeting, its invitations, attendance and minutes. */
export function MeetingPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { meetingId = "", tab } = useParams();
  const meeting = useMeeting(meetingId);
  const when = useMeetingWhen();
  const known = meetingTabs.some((entry) => entry.slug === tab);
  const current = known ? tab! : meetingTabs[0]!.slug;
  const [editing, setEditing] = useState(false);
  const [cancelling, setCancelling] = useState(false);
  const phoneModal = usePhoneModal();
  const update = useUpdateMeeting(meetingId);

  // An unknown tab in the address falls back to the first, keeping the address honest.
  useEffect(() => {
    if (tab !== undefined && !known) navigate(paths.meeting(meetingId), { replace: true });
  }, [tab, known, meetingId, navigate]);

  if (meeting.isPending) return <InlineLoader />;
  if (meeting.isError) {
    const missing = isApiError(meeting.error, "not_found") || isApiError(meeting.error, "validation_failed");
    return (
      <>
        <PageHeader title={missing ? t("coordination.detail.notFound") : t("coordination.list.title")} />
        {missing ? (
          <Alert color="gray">{t("coordination.detail.notFoundBody")}</Alert>
        ) : (
          <QueryError error={meeting.error} onRetry={() => void meeting.refetch()} />
        )}
      </>
    );
  }
  const record = meeting.data;
  const manage = record.abilities.manage;

  async function download(path: string) {
    try {
      await saveFile(path);
    } catch (error) {
      notifyError(t("coordination.detail.downloadFailed"), error instanceof Error ? error.message : "");
    }
  }

  return (
    <>
      <Anchor component={Link} to={paths.coordination} size="sm">
        {t("coordination.detail.back")}
      </Anchor>
      <PageHeader
        title={record.title}
        description={
          <Group gap={6} component="span">
            <MeetingStatusBadge status={record.status} />
            <span>{when(record)}</span>
          </Group>
        }
        actions={
          <>
            <Button
              variant="default"
              leftSection={<IconCalendarPlus size={18} aria-hidden />}
              onClick={() => void download(`/meetings/${record.id}/invitation.ics`)}
            >
              {t("coordination.detail.addToCalendar")}
            </Button>
            {manage && record.status !== "cancelled" ? (
              <Button
                variant="default"
                leftSection={<IconPencil size={18} aria-hidden />}
                onClick={() => setEditing(true)}
              >
                {t("common.edit")}
              </Button>
            ) : null}
            {manage ? (
              <Menu position="bottom-end">
                <Menu.Target>
                  <Button variant="default" leftSection={<IconDots size={18} aria-hidden />}>
                    {t("coordination.detail.more")}
                  </Button>
                </Menu.Target>
                <Menu.Dropdown>
                  <Menu.Item
                    component={Link}
                    to={`${paths.newMeeting}?dari=${record.id}`}
                    leftSection={<IconPlayerSkipForward size={16} aria-hidden />}
                  >
                    {t("coordination.detail.nextSession")}
                  </Menu.Item>
                  {record.abilities.cancel ? (
                    <Menu.Item
                      color="red"
                      leftSection={<IconX size={16} aria-hidden />}
                      onClick={() => setCancelling(true)}
                    >
                      {t("coordination.detail.cancel")}
                    </Menu.Item>
                  ) : null}
                </Menu.Dropdown>
              </Menu>
            ) : null}
          </>
        }
      />
      {record.status === "cancelled" ? (
        <Alert color="gray" mb="md" title={t("coordination.detail.cancelledTitle")}>
          {record.cancelReason}
        </Alert>
      ) : null}
      <Tabs
        value={current}
        onChange={(value) => value && navigate(paths.meeting(record.id, value))}
        keepMounted={false}
        activateTabWithKeyboard={false}
      >
        <ScrollArea type="auto" scrollbarSize={6} offsetScrollbars="x">
          <Tabs.List style={{ flexWrap: "nowrap" }} aria-label={t("coordination.detail.tabs")}>
            {meetingTabs.map((entry) => (
              <Tabs.Tab key={entry.slug} value={entry.slug} style={{ whiteSpace: "nowrap" }}>
                {entry.label(t)}
              </Tabs.Tab>
            ))}
          </Tabs.List>
        </ScrollArea>
        {meetingTabs.map((entry) => (
          <Tabs.Panel key={entry.slug} value={entry.slug} pt="md">
            {entry.slug === current ? (
              <Suspense fallback={<InlineLoader />}>{entry.render(record)}</Suspense>
            ) : null}
          </Tabs.Panel>
        ))}
      </Tabs>
      <Modal
        {...phoneModal}
        opened={editing}
        onClose={() => setEditing(false)}
        title={t("coordination.form.editTitle")}
        size="xl"
        closeButtonProps={{ "aria-label": t("common.close") }}
      >
        {editing ? (
          <MeetingForm
            initial={meetingFormValues(record)}
            editing={record}
            pending={update.isPending}
            submitLabel={t("common.save")}
            onCancel={() => setEditing(false)}
            onSubmit={(input, form) =>
              update.mutate(input as UpdateMeetingInput, {
                onSuccess: (saved) => {
                  notifySuccess(
                    saved.icsSequence > record.icsSequence &&
                      saved.invitations.some((i) => i.mailState !== "not_sent")
                      ? t("coordination.form.updatedNotified")
                      : t("coordination.form.updated"),
                  );
                  setEditing(false);
                },
                onError: form.showApiError,
              })
            }
          />
        ) : null}
      </Modal>
      <CancelMeetingModal meetingId={record.id} opened={cancelling} onClose={() => setCancelling(false)} />
    </>
  );
}

function CancelMeetingModal({
  meetingId,
  opened,
  onClose,
}: {
  meetingId: string;
  opened: boolean;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const cancel = useCancelMeeting(meetingId);
  const [reason, setReason] = useState("");
  const [error, setError] = useState<string | null>(null);
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={t("coordination.detail.cancelTitle")}
      closeButtonProps={{ "aria-label": t("common.close") }}
    >
      <form
        onSubmit={(event) => {
          event.preventDefault();
          if (!reason.trim()) return setError(t("validation.required"));
          cancel.mutate(reason.trim(), {
            onSuccess: () => {
              notifySuccess(t("coordination.detail.cancelled"));
              onClose();
            },
            onError: (e) => setError(e.message),
          });
        }}
        noValidate
      >
        <Textarea
          label={t("coordination.detail.cancelReason")}
          description={t("coordination.detail.cancelHint")}
          required
          autosize
          minRows={2}
          value={reason}
          onChange={(event) => {
            setReason(event.currentTarget.value);
            setError(null);
          }}
          error={error}
        />
        <Group justify="flex-end" mt="md">
          <Button variant="default" onClick={onClose}>
            {t("common.cancel")}
          </Button>
          <Button type="submit" color="red" loading={cancel.isPending}>
            {t("coordination.detail.cancelConfirm")}
          </Button>
        </Group>
      </form>
    </Modal>
  );
}
