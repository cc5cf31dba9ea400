import {
  ActionIcon,
  Alert,
  Button,
  Group,
  Modal,
  Paper,
  Radio,
  SegmentedControl,
  Stack,
  Text,
  Textarea,
  TextInput,
} from "@mantine/core";
import { IconAlertCircle, IconPlus, IconTrash } from "@tabler/icons-react";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import {
  createKnowledgeTestInputSchema,
  MAX_OPTIONS,
  MAX_QUESTIONS,
  type QuestionDto,
  type QuestionKind,
} from "../../../shared/prevention-tests.ts";
import { isApiError } from "../../app/api-client.ts";
import { issueMessage } from "../../ui/form-errors.ts";
import { notifySuccess } from "../../ui/notify.ts";
import { usePhoneModal } from "../complaints/use-phone-modal.ts";
import { useCreateKnowledgeTest, useUpdateKnowledgeTest } from "./knowledge-test-api.ts";
import { draftKeyOf, draftsOf, emptyQuestion, inputOf, type QuestionDraft } from "./question-draft.ts";

type QuestionEditorProps = {
  activityId: string;
  // The test's questions when changing them; none when creating the test.
  questions: QuestionDto[] | null;
  onClose: () => void;
};

const letter = (i: number) => String.fromCharCode(65 + i);

/**
 * Writing the test's questions on a phone: each one multiple choice (2–5 options, one marked
 * correct) or true/false. Problems show at the input they concern, from the shared schema
 * before sending and from the server after.
 */
export function QuestionEditor({ activityId, questions, onClose }: QuestionEditorProps) {
  const { t } = useTranslation();
  const phoneModal = usePhoneModal();
  const create = useCreateKnowledgeTest(activityId);
  const update = useUpdateKnowledgeTest(activityId);
  const saving = questions ? update : create;
  const [drafts, setDrafts] = useState<QuestionDraft[]>(() => draftsOf(questions ?? undefined));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [formError, setFormError] = useState<string | null>(null);

  const change = (index: number, next: Partial<QuestionDraft>) => {
    setDrafts((current) => current.map((d, i) => (i === index ? { ...d, ...next } : d)));
    setErrors({});
  };

  function messageOf(issue: Parameters<typeof issueMessage>[0], key: string): string {
    if (issue.code === "custom" && issue.message.startsWith("knowledge_test.")) {
      return t(`knowledgeTest.fieldMessages.${issue.message.slice("knowledge_test.".length)}` as never);
    }
    if (key.endsWith("correctOption")) return t("knowledgeTest.editor.markCorrect");
    return issueMessage(issue, t);
  }

  function save(event: FormEvent) {
    event.preventDefault();
    const { input, optionRows } = inputOf(drafts);
    const parsed = createKnowledgeTestInputSchema.safeParse(input);
    if (!parsed.success) {
      const found: Record<string, string> = {};
      for (const issue of parsed.error.issues) {
        const key = draftKeyOf(issue.path as (string | number)[], optionRows);
        found[key] ??= messageOf(issue, key);
      }
      setErrors(found);
      setFormError(t("knowledgeTest.editor.fix"));
      return;
    }
    saving.mutate(parsed.data, {
      onSuccess: () => {
        notifySuccess(t(questions ? "knowledgeTest.editor.saved" : "knowledgeTest.editor.created"));
        onClose();
      },
      onError: (error) => {
        setFormError(error.message);
        if (isApiError(error, "validation_failed")) {
          const found: Record<string, string> = {};
          for (const item of error.fieldErrors) {
            found[draftKeyOf(item.field.split("."), optionRows)] ??= item.message;
          }
          setErrors(found);
        }
      },
    });
  }

  return (
    <Modal
      opened
      onClose={onClose}
      size="lg"
      {...phoneModal}
      title={t(questions ? "knowledgeTest.editor.editTitle" : "knowledgeTest.editor.createTitle")}
      closeButtonProps={{ "aria-label": t("common.close") }}
    >
      <form onSubmit={save} noValidate>
        <Stack gap="lg">
          <Text size="sm" c="dimmed">
            {t("knowledgeTest.editor.intro", { max: MAX_QUESTIONS })}
          </Text>
          {drafts.map((draft, index) => (
            <QuestionFields
              // Questions are added and removed, never reordered: the position is their identity.
              // biome-ignore lint/suspicious/noArrayIndexKey: see above.
              key={index}
              index={index}
              draft={draft}
              errors={errors}
              canRemove={drafts.length > 1}
              onChange={(next) => change(index, next)}
              onRemove={() => {
                setDrafts((current) => current.filter((_, i) => i !== index));
                setErrors({});
              }}
            />
          ))}
          {errors.form ? <Text c="red.8">{errors.form}</Text> : null}
          <Group>
            <Button
              variant="default"
              leftSection={<IconPlus size={18} aria-hidden />}
              disabled={drafts.length >= MAX_QUESTIONS}
              onClick={() => setDrafts((current) => [...current, emptyQuestion()])}
            >
              {t("knowledgeTest.editor.addQuestion")}
            </Button>
          </Group>
          {formError ? (
            <Alert color="red" icon={<IconAlertCircle aria-hidden />} role="alert">
              {formError}
            </Alert>
          ) : null}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t("common.cancel")}
            </Button>
            <Button type="submit" loading={saving.isPending}>
              {t(questions ? "knowledgeTest.editor.save" : "knowledgeTest.editor.create")}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

type QuestionFieldsProps = {
  index: number;
  draft: QuestionDraft;
  errors: Record<string, string>;
  canRemove: boolean;
  onChange: (next: Partial<QuestionDraft>) => void;
  onRemove: () => void;
};

function QuestionFields({ index, draft, errors, canRemove, onChange, onRemove }: QuestionFieldsProps) {
  const { t } = useTranslation();
  const n = index + 1;
  const err = (field: string) => errors[`${index}.${field}`];
  const setKind = (kind: QuestionKind) =>
    onChange({
      kind,
      correctOption: null,
      options: kind === "multiple_choice" && draft.options.length === 0 ? ["", "", ""] : draft.options,
    });
  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby={`question-${index}-title`}>
      <Stack gap="sm">
        <Group justify="space-between" wrap="nowrap">
          <Text id={`question-${index}-title`} fw={700}>
            {t("knowledgeTest.editor.question", { n })}
          </Text>
          {canRemove ? (
            <ActionIcon
              variant="subtle"
              color="red"
              size="lg"
              onClick={onRemove}
              aria-label={t("knowledgeTest.editor.removeQuestion", { n })}
            >
              <IconTrash size={18} aria-hidden />
            </ActionIcon>
          ) : null}
        </Group>
        <SegmentedControl
          fullWidth
          value={draft.kind}
          onChange={(value) => setKind(value as QuestionKind)}
          aria-label={t("knowledgeTest.editor.kind", { n })}
          data={[
            { value: "multiple_choice", label: t("knowledgeTest.kinds.multiple_choice") },
            { value: "true_false", label: t("knowledgeTest.kinds.true_false") },
          ]}
        />
        <Textarea
          label={t("knowledgeTest.editor.prompt", { n })}
          autosize
          minRows={2}
          maxLength={500}
          value={draft.prompt}
          error={err("prompt")}
          onChange={(event) => onChange({ prompt: event.currentTarget.value })}
        />
        {draft.kind === "true_false" ? (
          <Radio.Group
            label={t("knowledgeTest.editor.trueFalseAnswer", { n })}
            value={draft.correctOption === null ? null : String(draft.correctOption)}
            onChange={(value) => onChange({ correctOption: Number(value) })}
            error={err("correctOption")}
          >
            <Group mt="xs" gap="xl">
              <Radio value="0" label={t("knowledgeTest.true")} />
              <Radio value="1" label={t("knowledgeTest.false")} />
            </Group>
          </Radio.Group>
        ) : (
          <Radio.Group
            label={t("knowledgeTest.editor.options", { n })}
            description={t("knowledgeTest.editor.optionsHint")}
            value={draft.correctOption === null ? null : String(draft.correctOption)}
            onChange={(value) => onChange({ correctOption: Number(value) })}
            error={err("correctOption") ?? err("options")}
          >
            <Stack gap="xs" mt="xs">
              {draft.options.map((option, row) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: options are edited in place, by position.
                <Group key={row} wrap="nowrap" gap="xs" align="flex-start">
                  <Radio
                    value={String(row)}
                    mt={10}
                    aria-label={t("knowledgeTest.editor.markOption", { letter: letter(row), n })}
                  />
                  <TextInput
                    flex={1}
                    aria-label={t("knowledgeTest.editor.option", { letter: letter(row), n })}
                    placeholder={t("knowledgeTest.editor.optionPlaceholder", { letter: letter(row) })}
                    maxLength={200}
                    value={option}
                    error={err(`options.${row}`)}
                    onChange={(event) => {
                      const value = event.currentTarget.value;
                      onChange({ options: draft.options.map((o, i) => (i === row ? value : o)) });
                    }}
                  />
                  {draft.options.length > 2 ? (
                    <ActionIcon
                      variant="subtle"
                      color="gray"
                      size="lg"
                      mt={2}
                      aria-label={t("knowledgeTest.editor.removeOption", { letter: letter(row), n })}
                      onClick={() =>
                        onChange({
                          options: draft.options.filter((_, i) => i !== row),
                          correctOption:
                            draft.correctOption === row
                              ? null
                              : draft.correctOption !== null && draft.correctOption > row
                                ? draft.correctOption - 1
                                : draft.correctOption,
                        })
                      }
                    >
                      <IconTrash size={16} aria-hidden />
                    </ActionIcon>
                  ) : null}
                </Group>
              ))}
            </Stack>
          </Radio.Group>
        )}
        {draft.kind === "multiple_choice" && draft.options.length < MAX_OPTIONS ? (
          <Group>
            <Button
              variant="subtle"
              size="compact-sm"
              leftSection={<IconPlus size={16} aria-hidden />}
              onClick={() => onChange({ options: [...draft.options, ""] })}
            >
              {t("knowledgeTest.editor.addOption")}
            </Button>
          </Group>
        ) : null}
      </Stack>
    </Paper>
  );
}
