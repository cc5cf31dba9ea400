import { Button, Card, Group, Modal, Stack, Text, Textarea, TextInput, Title } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { EntryDto } from "../../../shared/portal.ts";
import { ConfirmModal } from "../../ui/confirm-modal.tsx";
import { notifyError, notifySuccess } from "../../ui/notify.ts";
import { wibLocalToIso } from "../complaints/wib-input.ts";
import { usePublishEntry, useReturnEntry, useSubmitEntry, useWithdrawEntry } from "./portal-api.ts";

/**
 * The steps of the working copy: send for review, publish now or at a time (WIB), send back to
 * the writer, take off the site. Unsaved text must be saved first: a step acts on the saved version.
 */
export function WorkflowActions({ entry, dirty }: { entry: EntryDto; dirty: boolean }) {
  const { t } = useTranslation();
  const submit = useSubmitEntry(entry.id);
  const publish = usePublishEntry(entry.id);
  const giveBack = useReturnEntry(entry.id);
  const withdraw = useWithdrawEntry(entry.id);
  const [when, setWhen] = useState("");
  const [returning, setReturning] = useState(false);
  const [note, setNote] = useState("");
  const [withdrawing, setWithdrawing] = useState(false);
  const abilities = entry.abilities;
  const failed = (error: Error) => notifyError(t("portal.workflow.failed"), error.message);
  const anything = abilities.submit || abilities.publish || abilities.returnToDraft || abilities.withdraw;
  if (!anything) return null;

  return (
    <Card withBorder radius="md" padding="md">
      <Stack gap="sm">
        <Title order={2} size="h4">
          {t("portal.workflow.title", { version: entry.latestVersion })}
        </Title>
        {dirty ? (
          <Text size="sm" c="orange.9" role="status">
            {t("portal.workflow.saveFirst")}
          </Text>
        ) : null}
        <Group gap="sm">
          {abilities.submit ? (
            <Button
              variant="default"
              disabled={dirty}
              loading={submit.isPending}
              onClick={() =>
                submit.mutate(undefined, {
                  onSuccess: () => notifySuccess(t("portal.workflow.submitted")),
                  onError: failed,
                })
              }
            >
              {t("portal.workflow.submit")}
            </Button>
          ) : null}
          {abilities.publish ? (
            <Button
              disabled={dirty}
              loading={publish.isPending && !when}
              onClick={() =>
                publish.mutate(
                  {},
                  { onSuccess: () => notifySuccess(t("portal.workflow.published")), onError: failed },
                )
              }
            >
              {t("portal.workflow.publishNow")}
            </Button>
          ) : null}
          {abilities.returnToDraft ? (
            <Button variant="default" disabled={dirty} onClick={() => setReturning(true)}>
              {t("portal.workflow.return")}
            </Button>
          ) : null}
          {abilities.withdraw ? (
            <Button variant="outline" color="red" onClick={() => setWithdrawing(true)}>
              {t("portal.workflow.withdraw")}
            </Button>
          ) : null}
        </Group>
        {abilities.publish ? (
          <Group align="flex-end" gap="sm">
            <TextInput
              type="datetime-local"
              label={t("portal.workflow.scheduleAt")}
              description={t("portal.workflow.scheduleHint")}
              value={when}
              onChange={(event) => setWhen(event.currentTarget.value)}
            />
            <Button
              variant="default"
              disabled={dirty || !when}
              loading={publish.isPending && Boolean(when)}
              onClick={() =>
                publish.mutate(
                  { publishAt: wibLocalToIso(when) },
                  {
                    onSuccess: () => {
                      notifySuccess(t("portal.workflow.scheduled"));
                      setWhen("");
                    },
                    onError: failed,
                  },
                )
              }
            >
              {t("portal.workflow.schedule")}
            </Button>
          </Group>
        ) : null}
      </Stack>
      <Modal
        opened={returning}
        onClose={() => setReturning(false)}
        title={t("portal.workflow.return")}
        closeButtonProps={{ "aria-label": t("common.close") }}
      >
        <Stack gap="md">
          <Textarea
            label={t("portal.workflow.returnNote")}
            value={note}
            onChange={(event) => setNote(event.currentTarget.value)}
            autosize
            minRows={3}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setReturning(false)}>
              {t("common.cancel")}
            </Button>
            <Button
              loading={giveBack.isPending}
              onClick={() =>
                giveBack.mutate(note.trim(), {
                  onSuccess: () => {
                    setReturning(false);
                    setNote("");
                  },
                  onError: failed,
                })
              }
            >
              {t("portal.workflow.return")}
            </Button>
          </Group>
        </Stack>
      </Modal>
      <ConfirmModal
        opened={withdrawing}
        title={t("portal.workflow.withdraw")}
        message={t("portal.workflow.withdrawConfirm")}
        confirmLabel={t("portal.workflow.withdraw")}
        danger
        loading={withdraw.isPending}
        error={withdraw.error?.message ?? null}
        onConfirm={() => withdraw.mutate(undefined, { onSuccess: () => setWithdrawing(false) })}
        onClose={() => setWithdrawing(false)}
      />
    </Card>
  );
}
