import { Button, Card, Group, Modal, Stack, Text } from "@mantine/core";
import { IconDownload, IconFileUpload } from "@tabler/icons-react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { DocumentDto } from "../../../shared/case-documents.ts";
import type { CaseDto } from "../../../shared/cases.ts";
import { useFormatDateTime } from "../../ui/format-date.ts";
import { InlineLoader } from "../../ui/inline-loader.tsx";
import { notifyError } from "../../ui/notify.ts";
import { QueryError } from "../../ui/query-error.tsx";
import { formatSize } from "./document-file.ts";
import { DocumentUploadForm } from "./document-upload-form.tsx";
import { useDocuments, useDownloadDocument } from "./documents-api.ts";
import { useCasePeople } from "./people-api.ts";

export function DocumentsTab({ theCase }: { theCase: CaseDto }) {
  const { t } = useTranslation();
  const documents = useDocuments(theCase.id);
  const people = useCasePeople(theCase.id);
  const [uploading, setUploading] = useState(false);

  return (
    <Stack gap="lg">
      <Group justify="space-between">
        <Text c="dimmed" size="sm" maw={640}>
          {t("cases.documents.intro")}
        </Text>
        {theCase.abilities.update ? (
          <Button leftSection={<IconFileUpload size={18} aria-hidden />} onClick={() => setUploading(true)}>
            {t("cases.documents.upload")}
          </Button>
        ) : null}
      </Group>
      {documents.isPending ? <InlineLoader /> : null}
      {documents.isError ? (
        <QueryError error={documents.error} onRetry={() => void documents.refetch()} />
      ) : null}
      {documents.isSuccess && documents.data.items.length === 0 ? (
        <Text>
          {theCase.abilities.update ? t("cases.documents.emptyCanUpload") : t("cases.documents.empty")}
        </Text>
      ) : null}
      {documents.isSuccess && documents.data.items.length > 0 ? (
        <Stack gap="sm" component="ul" p={0} m={0} style={{ listStyle: "none" }}>
          {documents.data.items.map((document) => (
            <DocumentRow key={document.id} caseId={theCase.id} document={document} />
          ))}
        </Stack>
      ) : null}
      <Modal
        opened={uploading}
        onClose={() => setUploading(false)}
        size="lg"
        title={t("cases.documents.uploadTitle")}
        closeButtonProps={{ "aria-label": t("common.close") }}
      >
        {uploading ? (
          <DocumentUploadForm
            caseId={theCase.id}
            people={people.data?.items ?? []}
            onDone={() => setUploading(false)}
          />
        ) : null}
      </Modal>
    </Stack>
  );
}

function DocumentRow({ caseId, document }: { caseId: string; document: DocumentDto }) {
  const { t, i18n } = useTranslation();
  const formatDateTime = useFormatDateTime();
  const download = useDownloadDocument(caseId);
  const details = [
    t(`cases.documents.categories.${document.category}`),
    formatSize(document.sizeBytes, i18n.language),
    document.personCode,
  ].filter(Boolean);
  return (
    <Card component="li" withBorder padding="sm">
      <Group justify="space-between" gap="xs" wrap="nowrap" align="flex-start">
        <Stack gap={2} style={{ minWidth: 0 }}>
          <Text fw={600} style={{ overflowWrap: "anywhere" }}>
            {document.fileName}
          </Text>
          <Text size="sm">{details.join(" · ")}</Text>
          <Text size="xs" c="dimmed">
            {t("cases.documents.uploadedLine", {
              name: document.uploadedByName ?? t("cases.timeline.system"),
              time: formatDateTime(document.createdAt),
            })}
          </Text>
        </Stack>
        <Button
          size="sm"
          variant="default"
          leftSection={<IconDownload size={16} aria-hidden />}
          loading={download.isPending}
          aria-label={t("cases.documents.downloadNamed", { name: document.fileName })}
          onClick={() =>
            download.mutate(document, {
              onError: (error) => notifyError(t("cases.documents.downloadFailed"), error.message),
            })
          }
        >
          {t("cases.documents.download")}
        </Button>
      </Group>
    </Card>
  );
}
