import {
  ActionIcon,
  Anchor,
  Button,
  FileInput,
  Group,
  List,
  Modal,
  Paper,
  Select,
  Stack,
  Text,
  Title,
} from "@mantine/core";
import { IconDownload, IconListNumbers, IconUpload } from "@tabler/icons-react";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import {
  type MeetingDocumentDto,
  type MeetingDto,
  meetingDocumentCategories,
  uploadMeetingDocumentInputSchema,
} from "../../../shared/coordination.ts";
import { paths } from "../../app/paths.ts";
import { FormErrorAlert } from "../../ui/form-error-alert.tsx";
import { useFormatDateTime } from "../../ui/format-date.ts";
import { notifyError, notifySuccess } from "../../ui/notify.ts";
import {
  ATTACHMENT_MAX_MB,
  acceptedExtensions,
  formatSize,
  mimeTypeOf,
  readAsBase64,
} from "../cases/document-file.ts";
import { FactList } from "../complaints/fact-list.tsx";
import { usePhoneModal } from "../complaints/use-phone-modal.ts";
import { AgendaEditor, type AgendaRow, agendaInput, newAgendaRow } from "./agenda-editor.tsx";
import { saveFile, useReplaceAgenda, useUploadMeetingDocument } from "./coordination-api.ts";
import { MeetingStatusBadge } from "./meeting-badges.tsx";
import { useMeetingWhen } from "./meeting-time.ts";
import { useCoordinationForm } from "./use-coordination-form.ts";

/** What, when, where, who chairs; the agenda; the series' other sessions; the documents. */
export function SummaryTab({ meeting }: { meeting: MeetingDto }) {
  const { t } = useTranslation();
  const when = useMeetingWhen();
  const [editingAgenda, setEditingAgenda] = useState(false);
  const manage = meeting.abilities.manage && meeting.status !== "cancelled";
  const facts = [
    { label: t("coordination.fields.when"), value: when(meeting) },
    ...(meeting.place ? [{ label: t("coordination.fields.place"), value: meeting.place }] : []),
    ...(meeting.onlineUrl
      ? [
          {
            label: t("coordination.fields.onlineUrl"),
            value: (
              <Anchor href={meeting.onlineUrl} target="_blank" rel="noopener noreferrer">
                {meeting.onlineUrl}
              </Anchor>
            ),
          },
        ]
      : []),
    ...(meeting.chairName
      ? [
          {
            label: t("coordination.fields.chair"),
            value: [meeting.chairName, meeting.chairTitle].filter(Boolean).join(", "),
          },
        ]
      : []),
    {
      label: t("coordination.fields.people"),
      value: t("coordination.list.counts", {
        invited: meeting.invitedCount,
        attended: meeting.attendedCount,
        decisions: meeting.decisionCount,
      }),
    },
  ];
  return (
    <Stack gap="lg">
      <FactList facts={facts} />
      {meeting.purpose ? (
        <section>
          <Title order={2} size="h4" mb={4}>
            {t("coordination.fields.purpose")}
          </Title>
          <Text style={{ whiteSpace: "pre-wrap" }}>{meeting.purpose}</Text>
        </section>
      ) : null}
      <section>
        <Group justify="space-between" mb="xs">
          <Title order={2} size="h4">
            {t("coordination.fields.agenda")}
          </Title>
          {manage ? (
            <Button
              variant="light"
              size="xs"
              leftSection={<IconListNumbers size={16} aria-hidden />}
              onClick={() => setEditingAgenda(true)}
            >
              {t("coordination.agenda.edit")}
            </Button>
          ) : null}
        </Group>
        {meeting.agenda.length === 0 ? (
          <Text c="dimmed">{t("coordination.agenda.empty")}</Text>
        ) : (
          <List type="ordered" spacing={4}>
            {meeting.agenda.map((item) => (
              <List.Item key={item.id}>
                {item.title}
                {item.presenter ? <Text span c="dimmed">{` (${item.presenter})`}</Text> : null}
              </List.Item>
            ))}
          </List>
        )}
      </section>
      {meeting.series ? (
        <section>
          <Title order={2} size="h4" mb="xs">
            {t("coordination.detail.series", { title: meeting.series.title })}
          </Title>
          <Stack component="ol" gap={6} pl="md" m={0}>
            {meeting.series.meetings.map((session) => (
              <li key={session.id}>
                <Group gap="xs">
                  {session.id === meeting.id ? (
                    <Text fw={700}>{session.title}</Text>
                  ) : (
                    <Anchor component={Link} to={paths.meeting(session.id)}>
                      {session.title}
                    </Anchor>
                  )}
                  <Text size="sm" c="dimmed">
                    {when({ startsAt: session.startsAt, endsAt: session.startsAt }).split(" · ")[0]}
                  </Text>
                  <MeetingStatusBadge status={session.status} />
                </Group>
              </li>
            ))}
          </Stack>
        </section>
      ) : null}
      <Documents meeting={meeting} />
      <AgendaModal meeting={meeting} opened={editingAgenda} onClose={() => setEditingAgenda(false)} />
    </Stack>
  );
}

function AgendaModal({
  meeting,
  opened,
  onClose,
}: {
  meeting: MeetingDto;
  opened: boolean;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const phoneModal = usePhoneModal();
  return (
    <Modal
      {...phoneModal}
      opened={opened}
      onClose={onClose}
      title={t("coordination.agenda.edit")}
      size="lg"
      closeButtonProps={{ "aria-label": t("common.close") }}
    >
      {/* Mounted on opening, so the rows start from the meeting's agenda each time. */}
      {opened ? <AgendaForm meeting={meeting} onClose={onClose} /> : null}
    </Modal>
  );
}

function AgendaForm({ meeting, onClose }: { meeting: MeetingDto; onClose: () => void }) {
  const { t } = useTranslation();
  const save = useReplaceAgenda(meeting.id);
  const form = useCoordinationForm();
  const [rows, setRows] = useState<AgendaRow[]>(() =>
    meeting.agenda.map((a) => newAgendaRow(a.title, a.presenter ?? "", a.id)),
  );
  return (
    <form
      ref={form.formRef}
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        save.mutate(
          { items: agendaInput(rows) },
          {
            onSuccess: () => {
              notifySuccess(t("coordination.agenda.saved"));
              onClose();
            },
            onError: form.showApiError,
          },
        );
      }}
    >
      <Stack>
        <FormErrorAlert message={form.formError} extra={form.unplaced((f) => f.startsWith("items"))} />
        <AgendaEditor rows={rows} onChange={setRows} errors={form.errors} path="items" />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t("common.cancel")}
          </Button>
          <Button type="submit" loading={save.isPending}>
            {t("common.save")}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

function Documents({ meeting }: { meeting: MeetingDto }) {
  const { t, i18n } = useTranslation();
  const formatDateTime = useFormatDateTime();
  async function download(doc: MeetingDocumentDto) {
    try {
      await saveFile(`/meetings/${meeting.id}/documents/${doc.id}/content`);
    } catch (error) {
      notifyError(t("coordination.detail.downloadFailed"), error instanceof Error ? error.message : "");
    }
  }
  return (
    <section>
      <Title order={2} size="h4" mb="xs">
        {t("coordination.documents.title")}
      </Title>
      <Stack gap="sm">
        {meeting.abilities.manage ? <UploadDocument meetingId={meeting.id} /> : null}
        {meeting.documents.length === 0 ? <Text c="dimmed">{t("coordination.documents.empty")}</Text> : null}
        <Stack component="ul" gap={6} p={0} m={0} style={{ listStyle: "none" }}>
          {meeting.documents.map((doc) => (
            <Paper component="li" key={doc.id} withBorder px="sm" py={6} radius="sm">
              <Group justify="space-between" wrap="nowrap">
                <div style={{ minWidth: 0 }}>
                  <Text fw={600} style={{ overflowWrap: "anywhere" }}>
                    {doc.fileName}
                  </Text>
                  <Text size="sm" c="dimmed">
                    {t(`coordination.documents.categories.${doc.category}`)} ·{" "}
                    {formatSize(doc.sizeBytes, i18n.language)} · {doc.uploadedByName ?? "–"} ·{" "}
                    {formatDateTime(doc.createdAt)}
                  </Text>
                </div>
                <ActionIcon
                  variant="subtle"
                  size="lg"
                  aria-label={t("coordination.documents.download", { name: doc.fileName })}
                  onClick={() => void download(doc)}
                >
                  <IconDownload size={18} aria-hidden />
                </ActionIcon>
              </Group>
            </Paper>
          ))}
        </Stack>
      </Stack>
    </section>
  );
}

function UploadDocument({ meetingId }: { meetingId: string }) {
  const { t } = useTranslation();
  const upload = useUploadMeetingDocument(meetingId);
  const form = useCoordinationForm();
  const [file, setFile] = useState<File | null>(null);
  const [category, setCategory] = useState<string>("material");

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!file) return form.setFormError(t("coordination.documents.choose"));
    const mimeType = mimeTypeOf(file);
    if (!mimeType) return form.setFormError(t("coordination.documents.unsupported"));
    if (file.size > ATTACHMENT_MAX_MB * 1024 * 1024)
      return form.setFormError(t("coordination.documents.tooLarge", { maximum: ATTACHMENT_MAX_MB }));
    let contentBase64: string;
    try {
      contentBase64 = await readAsBase64(file);
    } catch {
      return form.setFormError(t("coordination.documents.readFailed"));
    }
    const input = form.validate(uploadMeetingDocumentInputSchema, {
      fileName: file.name,
      mimeType,
      contentBase64,
      category,
    });
    if (!input) return;
    upload.mutate(input, {
      onSuccess: (saved) => {
        notifySuccess(t("coordination.documents.uploaded", { name: saved.fileName }));
        setFile(null);
      },
      onError: form.showApiError,
    });
  }

  return (
    <Paper withBorder p="sm" radius="md">
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <FormErrorAlert message={form.formError} extra={form.unplaced(() => false)} />
          <Group align="flex-end" gap="sm" grow preventGrowOverflow={false} wrap="wrap">
            <Select
              label={t("coordination.documents.category")}
              data={meetingDocumentCategories.map((value) => ({
                value,
                label: t(`coordination.documents.categories.${value}`),
              }))}
              value={category}
              onChange={(value) => setCategory(value ?? "other")}
              allowDeselect={false}
              miw={180}
            />
            <FileInput
              label={t("coordination.documents.file")}
              description={t("coordination.documents.hint", { maximum: ATTACHMENT_MAX_MB })}
              accept={acceptedExtensions}
              value={file}
              onChange={setFile}
              leftSection={<IconUpload size={16} aria-hidden />}
              miw={220}
            />
            <Button type="submit" loading={upload.isPending} style={{ flexGrow: 0 }}>
              {t("coordination.documents.upload")}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
