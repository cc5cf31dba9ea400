import { Button, Group, Modal, Select, Stack, Text, Textarea } from "@mantine/core";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import {
  type ClosureOutcome,
  closureOutcomes,
  closureReasonInputSchema,
  closureRequestInputSchema,
} from "../../../shared/case-closure.ts";
import type { CaseDto } from "../../../shared/cases.ts";
import { isApiError } from "../../app/api-client.ts";
import { useFormErrors } from "../../app/use-form-errors.ts";
import { FormErrorAlert } from "../../ui/form-error-alert.tsx";
import { InlineLoader } from "../../ui/inline-loader.tsx";
import { notifySuccess } from "../../ui/notify.ts";
import { QueryError } from "../../ui/query-error.tsx";
import { useClosureAction, useClosureRequirements } from "./cases-api.ts";
import { ClosureChecklist } from "./closure-summary.tsx";
import { useFocusFirstError } from "./use-focus-first-error.ts";
import { useTerms } from "./vocabulary-terms.ts";

type ModalProps = { theCase: CaseDto; opened: boolean; onClose: () => void };

function CaseModal({
  title,
  opened,
  onClose,
  children,
}: {
  title: string;
  opened: boolean;
  onClose: () => void;
  children: React.ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      size="lg"
      title={title}
      closeButtonProps={{ "aria-label": t("common.close") }}
    >
      {opened ? children : null}
    </Modal>
  );
}

export function ClosureRequestModal({ theCase, opened, onClose }: ModalProps) {
  const { t } = useTranslation();
  return (
    <CaseModal
      title={t("cases.closure.requestTitle", { number: theCase.number })}
      opened={opened}
      onClose={onClose}
    >
      <ClosureRequestForm theCase={theCase} onDone={onClose} />
    </CaseModal>
  );
}

type Line = {
  serviceTypeCodes: string[];
  serviceTypeCode: string;
  outcome: ClosureOutcome | null;
  because: string[];
};

/** One line per service type the victims needed, were referred for or received: how did it end? */
function ClosureRequestForm({ theCase, onDone }: { theCase: CaseDto; onDone: () => void }) {
  const { t } = useTranslation();
  const terms = useTerms();
  const requirements = useClosureRequirements(theCase.id, true);
  const action = useClosureAction(theCase.id);
  const form = useFormErrors();
  const [reason, setReason] = useState("");
  const [lines, setLines] = useState<Line[] | null>(null);
  const [missing, setMissing] = useState(false);
  // The server's refusals of single lines ("checklist.2.outcome") go next to those lines.
  const [lineErrors, setLineErrors] = useState<Record<number, string>>({});
  const [listErrors, setListErrors] = useState<string[]>([]);
  const focus = useFocusFirstError();

  if (requirements.isPending) return <InlineLoader />;
  if (requirements.isError)
    return <QueryError error={requirements.error} onRetry={() => void requirements.refetch()} />;

  const current: Line[] =
    lines ??
    requirements.data.items.map((item) => ({
      serviceTypeCodes: item.serviceTypeCodes,
      serviceTypeCode: item.serviceTypeCodes[0] ?? "",
      // With a choice of service types, which one was delivered is the case manager's to say.
      outcome: item.delivered && item.serviceTypeCodes.length === 1 ? "delivered" : null,
      because: item.because,
    }));

  function update(index: number, change: Partial<Line>) {
    setLines(current.map((line, i) => (i === index ? { ...line, ...change } : line)));
  }

  function showError(error: unknown) {
    if (isApiError(error, "validation_failed")) {
      const lines: Record<number, string> = {};
      const rest: string[] = [];
      for (const item of error.fieldErrors) {
        const index = /^checklist\.(\d+)\./.exec(item.field)?.[1];
        if (index !== undefined) lines[Number(index)] ??= item.message;
        else if (item.field !== "reason") rest.push(item.message);
      }
      setLineErrors(lines);
      setListErrors(rest);
    }
    form.showApiError(error);
    focus.focusFirstError();
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    setLineErrors({});
    setListErrors([]);
    const unanswered = current.some((line) => line.outcome === null);
    setMissing(unanswered);
    const parsed = form.validate(closureRequestInputSchema, {
      reason,
      checklist: current.map((line) => ({
        serviceTypeCode: line.serviceTypeCode,
        outcome: line.outcome ?? "",
      })),
    });
    if (!parsed || unanswered) {
      focus.focusFirstError();
      return;
    }
    action.mutate(
      { action: "request", input: parsed },
      {
        onSuccess: () => {
          notifySuccess(t("cases.closure.requested"));
          onDone();
        },
        onError: showError,
      },
    );
  }

  return (
    <form onSubmit={submit} noValidate ref={focus.ref}>
      <Stack gap="md">
        <Text size="sm">{t("cases.closure.requestIntro")}</Text>
        <FormErrorAlert message={form.formError} extra={listErrors} />
        {current.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t("cases.closure.noLines")}
          </Text>
        ) : null}
        {current.map((line, index) => {
          const name = terms.label("service_type", line.serviceTypeCode);
          return (
            <Stack key={line.serviceTypeCodes.join("+")} gap={4}>
              {line.serviceTypeCodes.length > 1 ? (
                <Select
                  label={t("cases.closure.serviceType", { number: index + 1 })}
                  data={line.serviceTypeCodes.map((code) => ({
                    value: code,
                    label: terms.label("service_type", code),
                  }))}
                  value={line.serviceTypeCode}
                  onChange={(code) => code && update(index, { serviceTypeCode: code })}
                  allowDeselect={false}
                />
              ) : (
                <Text fw={600}>{name}</Text>
              )}
              <Text size="xs" c="dimmed">
                {line.because.map((why) => t(`cases.closure.because.${why as "assessed_need"}`)).join(" · ")}
              </Text>
              <Select
                label={t("cases.closure.outcomeFor", { service: name })}
                required
                data={closureOutcomes.map((outcome) => ({
                  value: outcome,
                  label: t(`cases.closure.outcomes.${outcome}`),
                }))}
                value={line.outcome}
                onChange={(outcome) => {
                  update(index, { outcome: outcome as ClosureOutcome | null });
                  setLineErrors((errors) => {
                    const next = { ...errors };
                    delete next[index];
                    return next;
                  });
                }}
                error={missing && line.outcome === null ? t("validation.required") : lineErrors[index]}
              />
            </Stack>
          );
        })}
        <Textarea
          label={t("cases.closure.reason")}
          required
          autosize
          minRows={3}
          value={reason}
          onChange={(event) => {
            setReason(event.currentTarget.value);
            form.clearField("reason");
          }}
          error={form.errors.reason}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            {t("common.cancel")}
          </Button>
          <Button type="submit" loading={action.isPending}>
            {t("cases.closure.send")}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

export function ApproveClosureModal({ theCase, opened, onClose }: ModalProps) {
  const { t } = useTranslation();
  const action = useClosureAction(theCase.id);
  function approve() {
    action.mutate(
      { action: "approve" },
      {
        onSuccess: () => {
          notifySuccess(t("cases.closure.approved", { number: theCase.number }));
          onClose();
        },
      },
    );
  }
  return (
    <CaseModal
      title={t("cases.closure.approveTitle", { number: theCase.number })}
      opened={opened}
      onClose={onClose}
    >
      <Stack gap="md">
        {theCase.closureRequest ? <ClosureChecklist request={theCase.closureRequest} /> : null}
        <Text size="sm">{t("cases.closure.approveBody")}</Text>
        {action.error ? (
          <Text c="red.9" size="sm" role="alert">
            {action.error.message}
          </Text>
        ) : null}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t("common.cancel")}
          </Button>
          <Button loading={action.isPending} onClick={approve}>
            {t("cases.closure.approve")}
          </Button>
        </Group>
      </Stack>
    </CaseModal>
  );
}

/** Rejecting a closure request or reopening a closed case: both need a reason. */
export function ReasonModal({
  theCase,
  opened,
  onClose,
  action: kind,
}: ModalProps & { action: "reject" | "reopen" }) {
  const { t } = useTranslation();
  return (
    <CaseModal
      title={t(kind === "reject" ? "cases.closure.rejectTitle" : "cases.closure.reopenTitle", {
        number: theCase.number,
      })}
      opened={opened}
      onClose={onClose}
    >
      <ReasonForm theCase={theCase} kind={kind} onDone={onClose} />
    </CaseModal>
  );
}

function ReasonForm({
  theCase,
  kind,
  onDone,
}: {
  theCase: CaseDto;
  kind: "reject" | "reopen";
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const action = useClosureAction(theCase.id);
  const form = useFormErrors();
  const [reason, setReason] = useState("");
  function submit(event: FormEvent) {
    event.preventDefault();
    const parsed = form.validate(closureReasonInputSchema, { reason });
    if (!parsed) return;
    action.mutate(
      { action: kind, input: parsed },
      {
        onSuccess: () => {
          notifySuccess(t(kind === "reject" ? "cases.closure.rejected" : "cases.closure.reopened"));
          onDone();
        },
        onError: form.showApiError,
      },
    );
  }
  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        <FormErrorAlert message={form.formError} />
        <Textarea
          label={t("cases.closure.reason")}
          required
          autosize
          minRows={3}
          value={reason}
          onChange={(event) => {
            setReason(event.currentTarget.value);
            form.clearField("reason");
          }}
          error={form.errors.reason}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            {t("common.cancel")}
          </Button>
          <Button type="submit" color={kind === "reject" ? "red" : undefined} loading={action.isPending}>
            {t(kind === "reject" ? "cases.closure.reject" : "cases.closure.reopen")}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
