import { Button, Card, Group, Stack, Text, Textarea, Timeline } from "@mantine/core";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { noteInputSchema } from "../../../shared/case-documents.ts";
import type { CaseDto } from "../../../shared/cases.ts";
import { useFormErrors } from "../../app/use-form-errors.ts";
import { FormErrorAlert } from "../../ui/form-error-alert.tsx";
import { useFormatDateTime } from "../../ui/format-date.ts";
import { InlineLoader } from "../../ui/inline-loader.tsx";
import { LoadMoreButton } from "../../ui/load-more-button.tsx";
import { notifySuccess } from "../../ui/notify.ts";
import { optionalLabel } from "../../ui/optional-label.ts";
import { QueryError } from "../../ui/query-error.tsx";
import { useOrganizationOptions } from "../organizations/organizations-api.ts";
import { useAddNote, useTimeline } from "./cases-api.ts";
import { timelineSentence } from "./timeline-sentence.ts";
import { useTerms } from "./vocabulary-terms.ts";

export function TimelineTab({ theCase }: { theCase: CaseDto }) {
  const { t, i18n } = useTranslation();
  const terms = useTerms();
  const formatDateTime = useFormatDateTime();
  const timeline = useTimeline(theCase.id);
  const organizations = useOrganizationOptions();
  const names = new Map((organizations.data?.items ?? []).map((org) => [org.id, org.name]));
  const context = {
    t,
    terms,
    organizationName: (id: unknown) =>
      (typeof id === "string" ? names.get(id) : undefined) ?? t("cases.timeline.anOrganization"),
    fieldLabel: (field: string) => optionalLabel(i18n, `cases.fields.${field}`, t("cases.timeline.aField")),
  };
  const events = timeline.data?.pages.flatMap((page) => page.items) ?? [];

  return (
    <Stack gap="lg">
      {theCase.abilities.update ? <NoteForm caseId={theCase.id} /> : null}
      {timeline.isPending ? <InlineLoader /> : null}
      {timeline.isError ? (
        <QueryError error={timeline.error} onRetry={() => void timeline.refetch()} />
      ) : null}
      {timeline.isSuccess && events.length === 0 ? <Text>{t("cases.timeline.empty")}</Text> : null}
      {events.length > 0 ? (
        <Timeline bulletSize={14} lineWidth={2} active={events.length}>
          {events.map((event) => {
            const sentence = timelineSentence(event, context);
            // The actor is named once: in the sentence, or else beside the time.
            const actor =
              event.actorName && !sentence.includes(event.actorName) ? ` · ${event.actorName}` : "";
            return (
              <Timeline.Item key={event.id} title={sentence}>
                <Text size="xs" c="dimmed">
                  {formatDateTime(event.occurredAt)}
                  {actor}
                </Text>
                {event.note ? (
                  <Text size="sm" mt={4} style={{ whiteSpace: "pre-wrap" }}>
                    {event.note}
                  </Text>
                ) : null}
              </Timeline.Item>
            );
          })}
        </Timeline>
      ) : null}
      <LoadMoreButton
        hasMore={timeline.hasNextPage}
        loading={timeline.isFetchingNextPage}
        onLoadMore={() => void timeline.fetchNextPage()}
      />
    </Stack>
  );
}

function NoteForm({ caseId }: { caseId: string }) {
  const { t } = useTranslation();
  const add = useAddNote(caseId);
  const form = useFormErrors();
  const [note, setNote] = useState("");
  function submit(event: FormEvent) {
    event.preventDefault();
    const parsed = form.validate(noteInputSchema, { note });
    if (!parsed) return;
    add.mutate(parsed, {
      onSuccess: () => {
        setNote("");
        notifySuccess(t("cases.timeline.noteAdded"));
      },
      onError: form.showApiError,
    });
  }
  return (
    <Card withBorder padding="sm">
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <FormErrorAlert message={form.formError} />
          <Textarea
            label={t("cases.timeline.note")}
            description={t("cases.timeline.noteHint")}
            autosize
            minRows={2}
            value={note}
            onChange={(event) => {
              setNote(event.currentTarget.value);
              form.clearField("note");
            }}
            error={form.errors.note}
          />
          <Group justify="flex-end">
            <Button type="submit" loading={add.isPending}>
              {t("cases.timeline.addNote")}
            </Button>
          </Group>
        </Stack>
      </form>
    </Card>
  );
}
