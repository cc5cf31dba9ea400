import { Button, Group, Modal, NumberInput, Stack, Switch, TextInput } from "@mantine/core";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import {
  createVocabularyTermInputSchema,
  updateVocabularyTermInputSchema,
  type VocabularyTermDto,
} from "../../../shared/reference.ts";
import { useFormErrors } from "../../app/use-form-errors.ts";
import { FormErrorAlert } from "../../ui/form-error-alert.tsx";
import { blankToUndefined, unplacedErrors } from "../../ui/form-errors.ts";
import { notifySuccess } from "../../ui/notify.ts";
import { kindLabel } from "./kind-label.ts";
import { useCreateTerm, useUpdateTerm } from "./vocabularies-api.ts";

type TermFormModalProps = {
  kind: string;
  opened: boolean;
  /** The term to edit, or null to add one. */
  term: VocabularyTermDto | null;
  onClose: () => void;
};

export function TermFormModal({ kind, opened, term, onClose }: TermFormModalProps) {
  const { t, i18n } = useTranslation();
  const title = term
    ? t("vocabularies.editTitle", { code: term.code })
    : t("vocabularies.addTitle", { kind: kindLabel(i18n, kind) });
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={title}
      closeButtonProps={{ "aria-label": t("common.close") }}
    >
      {opened ? <TermForm key={term?.code ?? "new"} kind={kind} term={term} onDone={onClose} /> : null}
    </Modal>
  );
}

const fields = ["code", "labelId", "labelEn", "htcds", "sortOrder", "active"] as const;

function TermForm({
  kind,
  term,
  onDone,
}: {
  kind: string;
  term: VocabularyTermDto | null;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const create = useCreateTerm(kind);
  const update = useUpdateTerm(kind);
  const form = useFormErrors();
  const [values, setValues] = useState({
    code: term?.code ?? "",
    labelId: term?.labelId ?? "",
    labelEn: term?.labelEn ?? "",
    htcds: term?.htcds ?? "",
    sortOrder: term?.sortOrder ?? 0,
    active: term?.active ?? true,
  });

  function change<K extends keyof typeof values>(field: K, value: (typeof values)[K]) {
    setValues((current) => ({ ...current, [field]: value }));
    form.clearField(field);
  }

  function done() {
    notifySuccess(t("vocabularies.saved"));
    onDone();
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    if (term) {
      const input = form.validate(updateVocabularyTermInputSchema, {
        labelId: values.labelId,
        labelEn: values.labelEn,
        // Blank clears the mapping on an existing term.
        htcds: blankToUndefined(values.htcds) ?? null,
        sortOrder: values.sortOrder,
        active: values.active,
      });
      if (input) update.mutate({ code: term.code, input }, { onSuccess: done, onError: form.showApiError });
      return;
    }
    const input = form.validate(createVocabularyTermInputSchema, {
      code: values.code.trim(),
      labelId: values.labelId,
      labelEn: values.labelEn,
      htcds: blankToUndefined(values.htcds),
    });
    if (input) create.mutate(input, { onSuccess: done, onError: form.showApiError });
  }

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        <FormErrorAlert message={form.formError} extra={unplacedErrors(form.errors, fields)} />
        <TextInput
          label={t("vocabularies.code")}
          description={term ? t("vocabularies.codeFixed") : t("vocabularies.codeHint")}
          required
          readOnly={term !== null}
          ff="monospace"
          value={values.code}
          onChange={(event) => change("code", event.currentTarget.value)}
          error={form.errors.code}
        />
        <TextInput
          label={t("vocabularies.labelId")}
          required
          lang="id"
          value={values.labelId}
          onChange={(event) => change("labelId", event.currentTarget.value)}
          error={form.errors.labelId}
        />
        <TextInput
          label={t("vocabularies.labelEn")}
          required
          lang="en"
          value={values.labelEn}
          onChange={(event) => change("labelEn", event.currentTarget.value)}
          error={form.errors.labelEn}
        />
        <TextInput
          label={t("vocabularies.htcds")}
          description={t("vocabularies.htcdsHint")}
          value={values.htcds}
          onChange={(event) => change("htcds", event.currentTarget.value)}
          error={form.errors.htcds}
        />
        {term ? (
          <>
            <NumberInput
              label={t("vocabularies.sortOrder")}
              min={0}
              max={10000}
              allowDecimal={false}
              value={values.sortOrder}
              onChange={(value) => change("sortOrder", typeof value === "number" ? value : 0)}
              error={form.errors.sortOrder}
            />
            <Switch
              label={t("common.active")}
              checked={values.active}
              onChange={(event) => change("active", event.currentTarget.checked)}
            />
          </>
        ) : null}
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            {t("common.cancel")}
          </Button>
          <Button type="submit" loading={create.isPending || update.isPending}>
            {term ? t("common.save") : t("vocabularies.addTerm")}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
