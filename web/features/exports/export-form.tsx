import {
  Alert,
  Anchor,
  Button,
  Group,
  NumberInput,
  Paper,
  PasswordInput,
  Radio,
  SimpleGrid,
  Stack,
  Switch,
  Text,
  TextInput,
  Title,
} from "@mantine/core";
import { IconDownload, IconShieldLock } from "@tabler/icons-react";
import { type FormEvent, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import {
  CTDC_K_DEFAULT,
  EXPORT_PASSWORD_MIN,
  type ExportFileType,
  type ExportFormat,
  exportFileTypes,
  exportFormats,
  exportRequestSchema,
  identityFormats,
} from "../../../shared/exports.ts";
import { paths } from "../../app/paths.ts";
import { useCan, useMe } from "../../app/session-context.tsx";
import { useFormErrors } from "../../app/use-form-errors.ts";
import { FormErrorAlert } from "../../ui/form-error-alert.tsx";
import { useHomeRegion } from "../cases/use-home-region.ts";
import { RegionCascadeSelect } from "../regions/region-cascade-select.tsx";
import { type ExportResult, useExportDownload } from "./exports-api.ts";
import { passwordStrength } from "./password-strength.ts";

/** Today in Jakarta, YYYY-MM-DD: the default end of the period. */
function jakartaToday(): string {
  return new Date(Date.now() + 7 * 3600_000).toISOString().slice(0, 10);
}

const strengthColor = { weak: "red.8", fair: "yellow.9", strong: "teal.8" } as const;

/**
 * Layout, file type, period and region, then identity (only for a session that may reveal it)
 * and the password of the encrypted archive. Turning identity on turns the password on: a file
 * of names and NIKs should not travel unprotected, though the user may still decide otherwise.
 */
export function ExportForm({ onDone }: { onDone: (result: ExportResult) => void }) {
  const { t, i18n } = useTranslation();
  const me = useMe();
  const canReveal = useCan("identity.reveal");
  const home = useHomeRegion();
  const [receivedBytes, setReceivedBytes] = useState(0);
  // The count moves with every chunk; the page shows it at most a few times a second.
  const shownAt = useRef(0);
  const download = useExportDownload((bytes) => {
    const now = Date.now();
    if (now - shownAt.current < 300) return;
    shownAt.current = now;
    setReceivedBytes(bytes);
  });
  const form = useFormErrors();
  const [format, setFormat] = useState<ExportFormat>("htcds");
  const [fileType, setFileType] = useState<ExportFileType>("csv");
  const [from, setFrom] = useState(`${jakartaToday().slice(0, 4)}-01-01`);
  const [to, setTo] = useState(jakartaToday());
  const [region, setRegion] = useState<string | null>(null);
  const [k, setK] = useState<number | string>(CTDC_K_DEFAULT);
  const [includeIdentity, setIncludeIdentity] = useState(false);
  const [encrypt, setEncrypt] = useState(false);
  const [password, setPassword] = useState("");
  const [confirmation, setConfirmation] = useState("");

  const identityAllowed = identityFormats.includes(format);
  const withIdentity = includeIdentity && identityAllowed && canReveal;
  const strength = passwordStrength(password);

  function submit(event: FormEvent) {
    event.preventDefault();
    const request = form.validate(exportRequestSchema, {
      format,
      fileType,
      from,
      to,
      region: region && region !== home ? region : undefined,
      includeIdentity: withIdentity,
      password: encrypt ? password : undefined,
      k: format === "ctdc-k-anon" && k !== "" ? Number(k) : undefined,
    });
    if (!request) return;
    if (encrypt && password !== confirmation) {
      form.setErrors({ confirmation: t("exports.form.passwordMismatch") });
      return;
    }
    setReceivedBytes(0);
    download.mutate(request, {
      onSuccess: (result) => {
        // The password has done its work: it is not kept in the page either.
        setPassword("");
        setConfirmation("");
        onDone(result);
      },
      onError: form.showApiError,
    });
  }

  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby="export-form-title">
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <Title order={2} size="h3" id="export-form-title">
            {t("exports.form.title")}
          </Title>
          <Radio.Group
            label={t("exports.form.format")}
            value={format}
            onChange={(value) => setFormat(value as ExportFormat)}
            error={form.errors.format}
          >
            <Stack gap="sm" mt="xs">
              {exportFormats.map((f) => (
                <Radio
                  key={f}
                  value={f}
                  label={t(`exports.form.formats.${f}`)}
                  description={t(`exports.form.formatHelp.${f}`)}
                />
              ))}
            </Stack>
          </Radio.Group>
          <Radio.Group
            label={t("exports.form.fileType")}
            value={fileType}
            onChange={(value) => setFileType(value as ExportFileType)}
            error={form.errors.fileType}
          >
            <Group gap="lg" mt="xs">
              {exportFileTypes.map((type) => (
                <Radio key={type} value={type} label={t(`exports.form.fileTypes.${type}`)} />
              ))}
            </Group>
          </Radio.Group>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput
              label={t("exports.form.from")}
              type="date"
              value={from}
              onChange={(e) => {
                setFrom(e.currentTarget.value);
                form.clearField("from");
              }}
              error={form.errors.from}
              required
            />
            <TextInput
              label={t("exports.form.to")}
              type="date"
              value={to}
              onChange={(e) => {
                setTo(e.currentTarget.value);
                form.clearField("to");
              }}
              error={form.errors.to}
              required
            />
          </SimpleGrid>
          <Text size="sm" c="dimmed" mt={-8}>
            {t("exports.form.periodHelp")}
          </Text>
          <div>
            <Text fw={500} size="sm" mb={4}>
              {t("exports.form.region")}
            </Text>
            <RegionCascadeSelect
              rootCode={home}
              value={region ?? home}
              onChange={(code) => {
                setRegion(code);
                form.clearField("region");
              }}
              error={form.errors.region}
            />
          </div>
          {format === "ctdc-k-anon" ? (
            <NumberInput
              label={t("exports.form.k")}
              description={t("exports.form.kHelp")}
              value={k}
              onChange={setK}
              min={2}
              max={100}
              allowDecimal={false}
              error={form.errors.k}
              maw={220}
            />
          ) : null}

          {canReveal ? (
            identityAllowed ? (
              <Switch
                label={t("exports.form.identity")}
                description={t("exports.form.identityHelp")}
                checked={includeIdentity}
                onChange={(e) => {
                  const on = e.currentTarget.checked;
                  setIncludeIdentity(on);
                  if (on) setEncrypt(true);
                }}
                error={form.errors.includeIdentity}
              />
            ) : (
              <Text size="sm" c="dimmed">
                {t("exports.form.identityNotInCtdc")}
              </Text>
            )
          ) : me.secondFactor.required && !me.secondFactor.verified && identityAllowed ? (
            <Alert
              color="gray"
              icon={<IconShieldLock aria-hidden />}
              title={t("exports.form.identitySecondFactorTitle")}
            >
              <Text size="sm" mb="xs">
                {t("exports.form.identitySecondFactorBody")}
              </Text>
              <Anchor component={Link} to={paths.security} size="sm" fw={600}>
                {t("layout.secondFactorLink")}
              </Anchor>
            </Alert>
          ) : null}

          <Switch
            label={t("exports.form.encrypt")}
            description={t("exports.form.encryptHelp")}
            checked={encrypt}
            onChange={(e) => setEncrypt(e.currentTarget.checked)}
          />
          {withIdentity && !encrypt ? (
            <Alert color="yellow" role="status">
              {t("exports.form.encryptRecommended")}
            </Alert>
          ) : null}
          {encrypt ? (
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <Stack gap={4}>
                <PasswordInput
                  label={t("exports.form.password")}
                  value={password}
                  onChange={(e) => {
                    setPassword(e.currentTarget.value);
                    form.clearField("password");
                  }}
                  error={form.errors.password}
                  autoComplete="new-password"
                  required
                  aria-describedby="export-password-strength"
                />
                <Text id="export-password-strength" size="sm" c={strengthColor[strength]} aria-live="polite">
                  {password
                    ? t("exports.form.strength.label", { level: t(`exports.form.strength.${strength}`) })
                    : t("exports.form.strength.hint", { min: EXPORT_PASSWORD_MIN })}
                </Text>
              </Stack>
              <PasswordInput
                label={t("exports.form.passwordConfirm")}
                value={confirmation}
                onChange={(e) => {
                  setConfirmation(e.currentTarget.value);
                  form.clearField("confirmation");
                }}
                error={form.errors.confirmation}
                autoComplete="new-password"
                required
              />
            </SimpleGrid>
          ) : null}

          <FormErrorAlert message={form.formError} />
          <Group gap="md" align="center">
            <Button
              type="submit"
              size="md"
              loading={download.isPending}
              leftSection={<IconDownload size={18} aria-hidden />}
            >
              {download.isPending ? t("exports.form.downloading") : t("exports.form.download")}
            </Button>
            {download.isPending && receivedBytes > 0 ? (
              <Text size="sm" c="dimmed" aria-live="polite">
                {t("exports.form.received", {
                  size: (receivedBytes / 1_000_000).toLocaleString(i18n.language, {
                    maximumFractionDigits: 1,
                  }),
                })}
              </Text>
            ) : null}
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
