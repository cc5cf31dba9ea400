import { Button, Group, Modal, Radio, Stack, Text, Textarea } from "@mantine/core";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { useNavigate } from "react-router";
import type { z } from "zod";
import type { FieldError } from "../../../shared/api-error.ts";
import { type ComplaintDto, type TriageInput, triageInputSchema } from "../../../shared/complaints.ts";
import { isApiError } from "../../app/api-client.ts";
import { paths } from "../../app/paths.ts";
import { useMe } from "../../app/session-context.tsx";
import { useFormErrors } from "../../app/use-form-errors.ts";
import { FormErrorAlert } from "../../ui/form-error-alert.tsx";
import { blankToUndefined, type FieldErrors, issueMessage, unplacedErrors } from "../../ui/form-errors.ts";
import { todayInJakarta } from "../../ui/format-day.ts";
import { notifySuccess } from "../../ui/notify.ts";
import { CaseSearchSelect } from "./case-search-select.tsx";
import { useTriageComplaint } from "./complaints-api.ts";
import { OpenCaseFields } from "./open-case-fields.tsx";
import { placeInputOf, placeValueOf, useTaskForceRegion } from "./place-fields.tsx";
import { ReferElsewhereFields } from "./refer-elsewhere-fields.tsx";
import { type TriageValues, triageOutcomeChoices } from "./triage-values.ts";
import { usePhoneModal } from "./use-phone-modal.ts";

type Outcome = TriageInput["outcome"];

const shownFields = [
  "outcome",
  "reason",
  "referredToOrganizationId",
  "referredToName",
  "title",
  "identifiedOn",
  "identifiedRegionCode",
  "identifiedCountryCode",
  "exploitationForms",
  "riskLevel",
  "leadOrganizationId",
  "caseId",
] as const;

// The case's fields arrive as `case.title`; on this form they sit beside the other inputs.
function fieldOf(path: readonly PropertyKey[]): string {
  const inner = path[0] === "case" ? path.slice(1) : path;
  return String(inner[0] ?? "");
}

function clientErrors(error: z.ZodError, t: Parameters<typeof issueMessage>[1]): FieldErrors {
  const result: FieldErrors = {};
  for (const issue of error.issues) {
    const field = fieldOf(issue.path);
    if (result[field] === undefined) result[field] = issueMessage(issue, t);
  }
  return result;
}

function serverErrors(details: FieldError[]): FieldErrors {
  const result: FieldErrors = {};
  for (const item of details) {
    const field = fieldOf(item.field.split("."));
    if (result[field] === undefined) result[field] = item.message;
  }
  return result;
}

type TriageModalProps = { complaint: ComplaintDto; opened: boolean; onClose: () => void };

export function TriageModal({ complaint, opened, onClose }: TriageModalProps) {
  const { t } = useTranslation();
  const phoneModal = usePhoneModal();
  return (
    <Modal
      {...phoneModal}
      opened={opened}
      onClose={onClose}
      title={t("intake.triage.title", { code: complaint.trackingCode })}
      size="lg"
      closeButtonProps={{ "aria-label": t("common.close") }}
    >
      {opened ? <TriageForm complaint={complaint} onDone={onClose} /> : null}
    </Modal>
  );
}

/** The one decision on a complaint: not trafficking, someone else's matter, a new case, or an existing one. */
function TriageForm({ complaint, onDone }: { complaint: ComplaintDto; onDone: () => void }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { user } = useMe();
  const root = useTaskForceRegion();
  const triage = useTriageComplaint(complaint.id);
  const form = useFormErrors();
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [values, setValues] = useState<TriageValues>(() => ({
    reason: "",
    targetKind: "member",
    organizationId: null,
    agencyName: "",
    title: "",
    identifiedOn: todayInJakarta(),
    place: placeValueOf(complaint.placeRegionCode, complaint.placeCountryCode, root),
    exploitationForms: [],
    riskLevel: "medium",
    leadOrganizationId: user.organizationId,
    caseId: null,
  }));

  function change<K extends keyof TriageValues>(field: K, value: TriageValues[K]) {
    setValues((current) => ({ ...current, [field]: value }));
    form.clearField(field);
  }

  function inputOf(chosen: Outcome): unknown {
    const reason = blankToUndefined(values.reason);
    switch (chosen) {
      case "not_tppo":
        return { outcome: chosen, reason };
      case "referred_elsewhere":
        return {
          outcome: chosen,
          reason,
          referredToOrganizationId:
            values.targetKind === "member" ? (values.organizationId ?? undefined) : undefined,
          referredToName: values.targetKind === "other" ? blankToUndefined(values.agencyName) : undefined,
        };
      case "open_case": {
        const place = placeInputOf(values.place);
        return {
          outcome: chosen,
          reason,
          case: {
            title: values.title,
            identifiedOn: values.identifiedOn,
            identifiedRegionCode: place.regionCode,
            identifiedCountryCode: place.countryCode,
            exploitationForms: values.exploitationForms,
            riskLevel: values.riskLevel ?? undefined,
            leadOrganizationId: values.leadOrganizationId ?? undefined,
          },
        };
      }
      case "attach_to_case":
        return { outcome: chosen, reason, caseId: values.caseId ?? undefined };
    }
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    if (!outcome) {
      form.setErrors({ outcome: t("intake.triage.chooseOutcome") });
      return;
    }
    // Which of the two targets is missing is clearer said on the input that is shown.
    if (outcome === "referred_elsewhere") {
      const missing =
        values.targetKind === "member"
          ? !values.organizationId && { referredToOrganizationId: t("validation.required") }
          : !blankToUndefined(values.agencyName) && { referredToName: t("validation.required") };
      if (missing) {
        form.setErrors({
          ...missing,
          ...(blankToUndefined(values.reason) ? {} : { reason: t("validation.required") }),
        });
        return;
      }
    }
    const parsed = triageInputSchema.safeParse(inputOf(outcome));
    if (!parsed.success) {
      form.setErrors(clientErrors(parsed.error, t));
      form.setFormError(null);
      return;
    }
    triage.mutate(parsed.data, {
      onSuccess: (result) => {
        if (result.caseId && outcome === "open_case") {
          notifySuccess(t("intake.triage.caseOpened", { number: result.caseNumber ?? "" }));
          onDone();
          navigate(paths.case(result.caseId));
          return;
        }
        notifySuccess(t("intake.triage.done", { code: complaint.trackingCode }));
        onDone();
      },
      onError: (error) => {
        if (isApiError(error, "validation_failed") && error.fieldErrors.length > 0) {
          form.setErrors(serverErrors(error.fieldErrors));
          form.setFormError(error.message);
          return;
        }
        form.showApiError(error);
      },
    });
  }

  const reasonRequired = outcome === "not_tppo" || outcome === "referred_elsewhere";

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        <FormErrorAlert message={form.formError} extra={unplacedErrors(form.errors, shownFields)} />
        <Radio.Group
          label={t("intake.triage.outcome")}
          required
          value={outcome}
          onChange={(chosen) => {
            setOutcome(chosen as Outcome);
            form.reset();
          }}
          error={form.errors.outcome}
        >
          <Stack gap="sm" mt="xs">
            {triageOutcomeChoices.map((choice) => (
              <Radio
                key={choice}
                value={choice}
                label={t(`intake.triage.outcomes.${choice}`)}
                description={t(`intake.triage.outcomeHints.${choice}`)}
              />
            ))}
          </Stack>
        </Radio.Group>

        {outcome === "referred_elsewhere" ? (
          <ReferElsewhereFields values={values} errors={form.errors} onChange={change} />
        ) : null}
        {outcome === "open_case" ? (
          <OpenCaseFields values={values} errors={form.errors} onChange={change} />
        ) : null}
        {outcome === "attach_to_case" ? (
          <CaseSearchSelect
            value={values.caseId}
            onChange={(caseId) => change("caseId", caseId)}
            error={form.errors.caseId}
          />
        ) : null}
        {outcome ? (
          <Textarea
            label={reasonRequired ? t("intake.triage.reason") : t("intake.triage.reasonOptional")}
            description={t(`intake.triage.reasonHints.${outcome}`)}
            required={reasonRequired}
            autosize
            minRows={3}
            maxRows={10}
            value={values.reason}
            onChange={(event) => change("reason", event.currentTarget.value)}
            error={form.errors.reason}
          />
        ) : (
          <Text size="sm" c="dimmed">
            {t("intake.triage.chooseFirst")}
          </Text>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            {t("common.cancel")}
          </Button>
          <Button type="submit" loading={triage.isPending}>
            {outcome === "open_case" ? t("intake.triage.submitOpenCase") : t("intake.triage.submit")}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
