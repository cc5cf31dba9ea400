import {
  Box,
  Button,
  Checkbox,
  Group,
  Loader,
  Radio,
  Select,
  Stack,
  Text,
  Textarea,
  TextInput,
  Title,
} from "@mantine/core";
import { IconSend } from "@tabler/icons-react";
import { type FormEvent, useEffect, useMemo, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { type PublicComplaintInput, publicComplaintInputSchema } from "../../../shared/complaints.ts";
import { isApiError } from "../../app/api-client.ts";
import { useFormErrors } from "../../app/use-form-errors.ts";
import { FormErrorAlert } from "../../ui/form-error-alert.tsx";
import { blankToUndefined, unplacedErrors } from "../../ui/form-errors.ts";
import { countryOptions, publicPlaceOptions } from "./place-options.ts";
import { type PublicReceipt, useSubmitPublicComplaint } from "./public-report-api.ts";
import { useProofOfWork } from "./use-proof-of-work.ts";

type Where = "indonesia" | "abroad";

type Values = {
  story: string;
  where: Where;
  placeRegionCode: string | null;
  placeCountryCode: string | null;
  placeDetail: string;
  anonymous: boolean;
  reporterName: string;
  reporterContact: string;
  reporterRelation: string;
  website: string;
};

const initialValues: Values = {
  story: "",
  where: "indonesia",
  placeRegionCode: null,
  placeCountryCode: null,
  placeDetail: "",
  anonymous: false,
  reporterName: "",
  reporterContact: "",
  reporterRelation: "",
  website: "",
};

// The fields an input shows; errors on any other (the security check, the task force) go on top.
const shownFields = [
  "story",
  "placeRegionCode",
  "placeCountryCode",
  "placeDetail",
  "reporterName",
  "reporterContact",
  "reporterRelation",
] as const;

// Stand-ins while checking the form before the security check is done; replaced before sending.
const PENDING_CHALLENGE = { challengeId: "pending", nonce: "pending" };

// Security: a field for bots only. Moved off-screen rather than display:none (which bots skip),
// out of the tab order and hidden from assistive technology, so no person ever fills it.
const honeypotStyle = {
  position: "absolute",
  left: "-10000px",
  top: "auto",
  width: 1,
  height: 1,
  overflow: "hidden",
} as const;

function isChallengeRefusal(error: unknown): boolean {
  return (
    isApiError(error, "validation_failed") &&
    error.fieldErrors.some((item) => item.field === "challengeId" || item.field === "nonce")
  );
}

type ReportFormProps = {
  /** The task force the link was made for (`/lapor?gugus=…`), when a deployment hosts several. */
  taskForceCode?: string;
  onSent: (receipt: PublicReceipt) => void;
};

/** The public complaint: the story, the place, and who is reporting (or nobody, anonymously). */
export function ReportForm({ taskForceCode, onSent }: ReportFormProps) {
  const { t, i18n } = useTranslation();
  const form = useFormErrors();
  const send = useSubmitPublicComplaint();
  const pow = useProofOfWork();
  const [values, setValues] = useState<Values>(initialValues);
  const [checking, setChecking] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);
  const focusFirstError = useRef(false);
  const places = useMemo(() => publicPlaceOptions(t), [t]);
  const countries = useMemo(() => countryOptions(i18n.language), [i18n.language]);

  // biome-ignore lint/correctness/useExhaustiveDependencies: runs when new errors are shown, on purpose
  useEffect(() => {
    if (!focusFirstError.current) return;
    focusFirstError.current = false;
    formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [form.errors]);

  function change<K extends keyof Values>(field: K, value: Values[K]) {
    setValues((current) => ({ ...current, [field]: value }));
    form.clearField(field);
  }

  function inputOf(current: Values) {
    return {
      ...PENDING_CHALLENGE,
      website: current.website || undefined,
      taskForceCode,
      story: current.story,
      anonymous: current.anonymous,
      reporterName: current.anonymous ? undefined : blankToUndefined(current.reporterName),
      reporterContact: current.anonymous ? undefined : blankToUndefined(current.reporterContact),
      reporterRelation: blankToUndefined(current.reporterRelation),
      placeRegionCode: current.where === "indonesia" ? (current.placeRegionCode ?? undefined) : undefined,
      placeCountryCode: current.where === "abroad" ? (current.placeCountryCode ?? undefined) : undefined,
      placeDetail: blankToUndefined(current.placeDetail),
    };
  }

  async function sendWithSolution(draft: PublicComplaintInput, retried = false): Promise<void> {
    setChecking(true);
    let solved: { challengeId: string; nonce: string };
    try {
      solved = await pow.solution();
    } catch (error) {
      setChecking(false);
      form.showApiError(error);
      return;
    }
    setChecking(false);
    try {
      const receipt = await send.mutateAsync({ ...draft, ...solved });
      pow.discard();
      onSent(receipt);
    } catch (error) {
      // An expired or already-used check: fetch a new one once, without troubling the person.
      if (isChallengeRefusal(error) && !retried) {
        pow.discard();
        await sendWithSolution(draft, true);
        return;
      }
      focusFirstError.current = true;
      form.showApiError(error);
    }
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    if (checking || send.isPending) return;
    const draft = form.validate(publicComplaintInputSchema, inputOf(values));
    if (!draft) {
      focusFirstError.current = true;
      return;
    }
    void sendWithSolution(draft);
  }

  const busy = checking || send.isPending;

  return (
    <form ref={formRef} onSubmit={submit} onInput={pow.prepare} noValidate>
      <Stack gap="lg">
        <FormErrorAlert message={form.formError} extra={unplacedErrors(form.errors, shownFields)} />

        <Stack gap="sm">
          <Title order={2} size="h4">
            {t("intake.report.storySection")}
          </Title>
          <Textarea
            label={t("intake.report.story")}
            description={t("intake.report.storyHint")}
            required
            autosize
            minRows={6}
            maxRows={16}
            value={values.story}
            onChange={(event) => change("story", event.currentTarget.value)}
            error={form.errors.story}
          />
        </Stack>

        <Stack gap="sm">
          <Title order={2} size="h4">
            {t("intake.report.placeSection")}
          </Title>
          <Radio.Group
            label={t("intake.report.where")}
            value={values.where}
            onChange={(where) => {
              change("where", where as Where);
              form.clearField("placeRegionCode");
              form.clearField("placeCountryCode");
            }}
          >
            <Group gap="lg" mt={6}>
              <Radio value="indonesia" label={t("intake.report.inIndonesia")} />
              <Radio value="abroad" label={t("intake.report.abroad")} />
            </Group>
          </Radio.Group>
          {values.where === "indonesia" ? (
            <Select
              label={t("intake.report.region")}
              description={t("intake.report.regionHint")}
              placeholder={t("intake.report.regionPlaceholder")}
              data={places}
              value={values.placeRegionCode}
              onChange={(code) => change("placeRegionCode", code)}
              searchable
              clearable
              clearButtonProps={{ "aria-label": t("common.clear") }}
              nothingFoundMessage={t("common.nothingFound")}
              error={form.errors.placeRegionCode}
            />
          ) : (
            <Select
              label={t("intake.report.country")}
              placeholder={t("intake.report.countryPlaceholder")}
              data={countries}
              value={values.placeCountryCode}
              onChange={(code) => change("placeCountryCode", code)}
              searchable
              clearable
              clearButtonProps={{ "aria-label": t("common.clear") }}
              nothingFoundMessage={t("common.nothingFound")}
              error={form.errors.placeCountryCode}
            />
          )}
          <TextInput
            label={t("intake.report.placeDetail")}
            description={t("intake.report.placeDetailHint")}
            value={values.placeDetail}
            onChange={(event) => change("placeDetail", event.currentTarget.value)}
            error={form.errors.placeDetail}
          />
        </Stack>

        <Stack gap="sm">
          <Title order={2} size="h4">
            {t("intake.report.reporterSection")}
          </Title>
          <Checkbox
            label={t("intake.report.anonymous")}
            description={t("intake.report.anonymousHint")}
            checked={values.anonymous}
            onChange={(event) => {
              const anonymous = event.currentTarget.checked;
              setValues((current) => ({
                ...current,
                anonymous,
                // Security: an anonymous report carries no name or contact, not even a half-typed one.
                ...(anonymous ? { reporterName: "", reporterContact: "" } : {}),
              }));
              form.clearField("reporterName");
              form.clearField("reporterContact");
            }}
          />
          {values.anonymous ? null : (
            <>
              <TextInput
                label={t("intake.report.name")}
                autoComplete="name"
                value={values.reporterName}
                onChange={(event) => change("reporterName", event.currentTarget.value)}
                error={form.errors.reporterName}
              />
              <TextInput
                label={t("intake.report.contact")}
                description={t("intake.report.contactHint")}
                autoComplete="off"
                value={values.reporterContact}
                onChange={(event) => change("reporterContact", event.currentTarget.value)}
                error={form.errors.reporterContact}
              />
            </>
          )}
          <TextInput
            label={t("intake.report.relation")}
            description={t("intake.report.relationHint")}
            value={values.reporterRelation}
            onChange={(event) => change("reporterRelation", event.currentTarget.value)}
            error={form.errors.reporterRelation}
          />
        </Stack>

        <Box style={honeypotStyle} aria-hidden="true">
          <label htmlFor="public-report-website">{t("intake.report.honeypot")}</label>
          <input
            id="public-report-website"
            name="website"
            type="text"
            tabIndex={-1}
            autoComplete="off"
            value={values.website}
            onChange={(event) => setValues((current) => ({ ...current, website: event.target.value }))}
          />
        </Box>

        <Text size="sm" c="dimmed">
          {t("intake.report.privacy")}
        </Text>
        <Stack gap="xs">
          <Button
            type="submit"
            size="md"
            fullWidth
            loading={busy}
            leftSection={<IconSend size={18} aria-hidden />}
          >
            {t("intake.report.submit")}
          </Button>
          <Box role="status" aria-live="polite" mih={24}>
            {busy ? (
              <Group gap="xs" justify="center" wrap="nowrap">
                <Loader size="xs" aria-hidden />
                <Text size="sm">{checking ? t("intake.report.checking") : t("intake.report.sending")}</Text>
              </Group>
            ) : null}
          </Box>
        </Stack>
      </Stack>
    </form>
  );
}
