import {
  ActionIcon,
  Alert,
  Button,
  Group,
  Paper,
  Select,
  Stack,
  Text,
  Textarea,
  TextInput,
  Title,
} from "@mantine/core";
import { IconCheck, IconDeviceFloppy, IconPencil, IconPlus, IconTrash, IconX } from "@tabler/icons-react";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import {
  type DecisionDto,
  decisionInputSchema,
  type MeetingDto,
  minutesInputSchema,
} from "../../../shared/coordination.ts";
import { ConfirmModal } from "../../ui/confirm-modal.tsx";
import { FormErrorAlert } from "../../ui/form-error-alert.tsx";
import { blankToUndefined } from "../../ui/form-errors.ts";
import { useFormatDateTime } from "../../ui/format-date.ts";
import { notifySuccess } from "../../ui/notify.ts";
import { useAddDecision, useRemoveDecision, useSaveMinutes, useUpdateDecision } from "./coordination-api.ts";
import { useCoordinationForm } from "./use-coordination-form.ts";

/** Notulen: what was said under each agenda item, and the numbered decisions. */
export function MinutesTab({ meeting }: { meeting: MeetingDto }) {
  const { t } = useTranslation();
  const started = Date.parse(meeting.startsAt) <= Date.now();
  const write = meeting.abilities.manage && meeting.status !== "cancelled" && started;
  return (
    <Stack gap="xl">
      {meeting.abilities.manage && !started && meeting.status !== "cancelled" ? (
        <Alert color="gray">{t("coordination.minutes.notStarted")}</Alert>
      ) : null}
      {write ? <MinutesForm meeting={meeting} /> : <MinutesText meeting={meeting} />}
      <Decisions meeting={meeting} write={write} />
    </Stack>
  );
}

function MinutesText({ meeting }: { meeting: MeetingDto }) {
  const { t } = useTranslation();
  const formatDateTime = useFormatDateTime();
  const discussed = meeting.agenda.filter((a) => a.discussion);
  if (!meeting.minutesNotes && discussed.length === 0)
    return <Text c="dimmed">{t("coordination.minutes.empty")}</Text>;
  return (
    <Stack gap="md">
      {meeting.minutesNotes ? <Text style={{ whiteSpace: "pre-wrap" }}>{meeting.minutesNotes}</Text> : null}
      {discussed.map((item) => (
        <section key={item.id}>
          <Title order={3} size="h5">
            {item.position}. {item.title}
          </Title>
          <Text style={{ whiteSpace: "pre-wrap" }}>{item.discussion}</Text>
        </section>
      ))}
      <Text size="sm" c="dimmed">
        {[
          meeting.minutesTakerName,
          meeting.minutesUpdatedAt ? formatDateTime(meeting.minutesUpdatedAt) : null,
        ]
          .filter(Boolean)
          .join(" · ")}
      </Text>
    </Stack>
  );
}

function MinutesForm({ meeting }: { meeting: MeetingDto }) {
  const { t } = useTranslation();
  const save = useSaveMinutes(meeting.id);
  const form = useCoordinationForm();
  const [notes, setNotes] = useState(meeting.minutesNotes ?? "");
  const [taker, setTaker] = useState(meeting.minutesTakerName ?? "");
  const [discussion, setDiscussion] = useState<Record<string, string>>(() =>
    Object.fromEntries(meeting.agenda.map((a) => [a.id, a.discussion ?? ""])),
  );

  function submit(event: FormEvent) {
    event.preventDefault();
    const input = form.validate(minutesInputSchema, {
      notes: blankToUndefined(notes) ?? null,
      minutesTakerName: blankToUndefined(taker) ?? null,
      items: meeting.agenda.map((a) => ({
        agendaItemId: a.id,
        discussion: blankToUndefined(discussion[a.id] ?? "") ?? null,
      })),
    });
    if (!input) return;
    save.mutate(input, {
      onSuccess: () => notifySuccess(t("coordination.minutes.saved")),
      onError: form.showApiError,
    });
  }

  return (
    <form ref={form.formRef} onSubmit={submit} noValidate aria-labelledby="minutes-title">
      <Stack gap="md">
        <Title id="minutes-title" order={2} size="h4">
          {t("coordination.minutes.title")}
        </Title>
        <FormErrorAlert
          message={form.formError}
          extra={form.unplaced((f) => f === "notes" || f === "minutesTakerName")}
        />
        <Textarea
          label={t("coordination.minutes.notes")}
          description={t("coordination.minutes.notesHint")}
          autosize
          minRows={3}
          value={notes}
          onChange={(event) => setNotes(event.currentTarget.value)}
          error={form.errors.notes}
        />
        {meeting.agenda.map((item, index) => (
          <Textarea
            key={item.id}
            label={`${item.position}. ${item.title}`}
            description={index === 0 ? t("coordination.minutes.discussionHint") : undefined}
            autosize
            minRows={2}
            value={discussion[item.id] ?? ""}
            onChange={(event) => {
              const value = event.currentTarget.value;
              setDiscussion((current) => ({ ...current, [item.id]: value }));
            }}
            error={form.errors[`items.${index}.discussion`]}
          />
        ))}
        <TextInput
          label={t("coordination.minutes.taker")}
          value={taker}
          onChange={(event) => setTaker(event.currentTarget.value)}
          error={form.errors.minutesTakerName}
        />
        <Group justify="flex-end">
          <Button
            type="submit"
            leftSection={<IconDeviceFloppy size={18} aria-hidden />}
            loading={save.isPending}
          >
            {t("coordination.minutes.save")}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

function Decisions({ meeting, write }: { meeting: MeetingDto; write: boolean }) {
  const { t } = useTranslation();
  const agendaTitle = (id: string | null) => meeting.agenda.find((a) => a.id === id);
  return (
    <section aria-labelledby="decisions-title">
      <Title id="decisions-title" order={2} size="h4" mb="xs">
        {t("coordination.decisions.title", { count: meeting.decisions.length })}
      </Title>
      {meeting.decisions.length === 0 ? <Text c="dimmed">{t("coordination.decisions.empty")}</Text> : null}
      <Stack component="ol" gap={6} p={0} m={0} mb="md" style={{ listStyle: "none" }}>
        {meeting.decisions.map((decision) => (
          <DecisionRow
            key={decision.id}
            meeting={meeting}
            decision={decision}
            write={write}
            agendaLabel={(() => {
              const item = agendaTitle(decision.agendaItemId);
              return item ? `${item.position}. ${item.title}` : null;
            })()}
          />
        ))}
      </Stack>
      {write ? <DecisionForm meeting={meeting} /> : null}
    </section>
  );
}

function agendaChoices(meeting: MeetingDto) {
  return meeting.agenda.map((a) => ({ value: a.id, label: `${a.position}. ${a.title}` }));
}

function DecisionRow({
  meeting,
  decision,
  write,
  agendaLabel,
}: {
  meeting: MeetingDto;
  decision: DecisionDto;
  write: boolean;
  agendaLabel: string | null;
}) {
  const { t } = useTranslation();
  const update = useUpdateDecision(meeting.id);
  const remove = useRemoveDecision(meeting.id);
  const form = useCoordinationForm();
  const [editing, setEditing] = useState(false);
  const [text, setText] = useState(decision.text);
  const [agendaItemId, setAgendaItemId] = useState<string | null>(decision.agendaItemId);
  const [confirming, setConfirming] = useState(false);

  function submit(event: FormEvent) {
    event.preventDefault();
    const input = form.validate(decisionInputSchema, { text, agendaItemId });
    if (!input) return;
    update.mutate(
      { ...input, decisionId: decision.id },
      {
        onSuccess: () => {
          notifySuccess(t("coordination.decisions.updated", { number: decision.number }));
          setEditing(false);
        },
        onError: form.showApiError,
      },
    );
  }

  return (
    <Paper component="li" withBorder px="sm" py={8} radius="sm">
      {editing ? (
        <form ref={form.formRef} onSubmit={submit} noValidate>
          <Stack gap="xs">
            <FormErrorAlert
              message={form.formError}
              extra={form.unplaced((f) => f === "text" || f === "agendaItemId")}
            />
            <Textarea
              label={t("coordination.decisions.text", { number: decision.number })}
              autosize
              minRows={2}
              value={text}
              onChange={(event) => setText(event.currentTarget.value)}
              error={form.errors.text}
            />
            <Select
              label={t("coordination.decisions.agendaItem")}
              data={agendaChoices(meeting)}
              value={agendaItemId}
              onChange={setAgendaItemId}
              clearable
              error={form.errors.agendaItemId}
            />
            <Group justify="flex-end" gap="xs">
              <Button
                variant="default"
                leftSection={<IconX size={16} aria-hidden />}
                onClick={() => setEditing(false)}
              >
                {t("common.cancel")}
              </Button>
              <Button
                type="submit"
                leftSection={<IconCheck size={16} aria-hidden />}
                loading={update.isPending}
              >
                {t("common.save")}
              </Button>
            </Group>
          </Stack>
        </form>
      ) : (
        <Group justify="space-between" wrap="nowrap" align="flex-start">
          <Group gap="sm" wrap="nowrap" align="flex-start" style={{ minWidth: 0 }}>
            <Text fw={800} miw={24}>
              {decision.number}.
            </Text>
            <Stack gap={2} style={{ minWidth: 0 }}>
              <Text style={{ whiteSpace: "pre-wrap", overflowWrap: "anywhere" }}>{decision.text}</Text>
              {agendaLabel ? (
                <Text size="xs" c="dimmed">
                  {t("coordination.decisions.under", { item: agendaLabel })}
                </Text>
              ) : null}
            </Stack>
          </Group>
          {write ? (
            <Group gap={2} wrap="nowrap">
              <ActionIcon
                variant="subtle"
                size="lg"
                onClick={() => setEditing(true)}
                aria-label={t("coordination.decisions.edit", { number: decision.number })}
              >
                <IconPencil size={18} aria-hidden />
              </ActionIcon>
              <ActionIcon
                variant="subtle"
                color="red"
                size="lg"
                onClick={() => setConfirming(true)}
                aria-label={t("coordination.decisions.remove", { number: decision.number })}
              >
                <IconTrash size={18} aria-hidden />
              </ActionIcon>
            </Group>
          ) : null}
        </Group>
      )}
      <ConfirmModal
        opened={confirming}
        title={t("coordination.decisions.removeTitle", { number: decision.number })}
        message={t("coordination.decisions.removeBody")}
        confirmLabel={t("coordination.decisions.removeConfirm")}
        danger
        loading={remove.isPending}
        error={remove.error?.message ?? null}
        onClose={() => setConfirming(false)}
        onConfirm={() => remove.mutate(decision.id, { onSuccess: () => setConfirming(false) })}
      />
    </Paper>
  );
}

function DecisionForm({ meeting }: { meeting: MeetingDto }) {
  const { t } = useTranslation();
  const add = useAddDecision(meeting.id);
  const form = useCoordinationForm();
  const [text, setText] = useState("");
  const [agendaItemId, setAgendaItemId] = useState<string | null>(null);

  function submit(event: FormEvent) {
    event.preventDefault();
    const input = form.validate(decisionInputSchema, { text, agendaItemId });
    if (!input) return;
    add.mutate(input, {
      onSuccess: (saved) => {
        notifySuccess(t("coordination.decisions.added", { number: saved.number }));
        setText("");
      },
      onError: form.showApiError,
    });
  }

  return (
    <Paper withBorder p="sm" radius="md">
      <form ref={form.formRef} onSubmit={submit} noValidate>
        <Stack gap="xs">
          <FormErrorAlert
            message={form.formError}
            extra={form.unplaced((f) => f === "text" || f === "agendaItemId")}
          />
          <Textarea
            label={t("coordination.decisions.new", { number: meeting.decisions.length + 1 })}
            autosize
            minRows={2}
            value={text}
            onChange={(event) => {
              setText(event.currentTarget.value);
              form.clear("text");
            }}
            error={form.errors.text}
          />
          {meeting.agenda.length > 0 ? (
            <Select
              label={t("coordination.decisions.agendaItem")}
              data={agendaChoices(meeting)}
              value={agendaItemId}
              onChange={setAgendaItemId}
              clearable
              error={form.errors.agendaItemId}
            />
          ) : null}
          <Group justify="flex-end">
            <Button type="submit" leftSection={<IconPlus size={16} aria-hidden />} loading={add.isPending}>
              {t("coordination.decisions.add")}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
