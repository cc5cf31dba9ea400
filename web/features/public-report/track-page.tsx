import { Alert, Button, Group, Paper, Stack, Text, TextInput, Title } from "@mantine/core";
import { IconSearch, IconZoomQuestion } from "@tabler/icons-react";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { useNavigate, useParams } from "react-router";
import { isApiError } from "../../app/api-client.ts";
import { PublicPageFrame } from "../../app/layout/public-page-frame.tsx";
import { InlineLoader } from "../../ui/inline-loader.tsx";
import { PageHeader } from "../../ui/page-header.tsx";
import { QueryError } from "../../ui/query-error.tsx";
import { HotlineAside } from "./hotline-aside.tsx";
import { usePublicComplaintStatus } from "./public-report-api.ts";
import { trackPath } from "./report-receipt.tsx";
import { TrackingSteps } from "./tracking-steps.tsx";

/** What people type: any case, stray spaces; the server forgives O for 0 and I or L for 1. */
function cleanCode(typed: string): string {
  return typed.trim().toUpperCase().replace(/\s+/g, " ");
}

/** `/lapor/lacak/:trackingCode?`: where a complaint stands, and nothing else about it. */
export function PublicTrackPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { trackingCode } = useParams();
  const code = trackingCode ? cleanCode(trackingCode) : null;
  const [typed, setTyped] = useState(code ?? "");
  const [missing, setMissing] = useState(false);
  const status = usePublicComplaintStatus(code);

  function submit(event: FormEvent) {
    event.preventDefault();
    const cleaned = cleanCode(typed);
    if (!cleaned) {
      setMissing(true);
      return;
    }
    setMissing(false);
    if (cleaned === code) void status.refetch();
    else navigate(trackPath(cleaned));
  }

  const error = status.error;
  const badFormat = isApiError(error, "validation_failed");
  const unknown = isApiError(error, "not_found");
  const fieldMessage = badFormat ? (error.fieldErrors[0]?.message ?? error.message) : undefined;

  return (
    <PublicPageFrame aside={<HotlineAside />}>
      <PageHeader title={t("intake.track.title")} description={t("intake.track.intro")} />
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <TextInput
            label={t("intake.track.code")}
            description={t("intake.track.codeHint")}
            placeholder="ADU-XXXX-XXXX"
            value={typed}
            onChange={(event) => {
              setTyped(event.currentTarget.value);
              setMissing(false);
            }}
            error={missing ? t("validation.required") : fieldMessage}
            autoComplete="off"
            autoCapitalize="characters"
            spellCheck={false}
            size="md"
            styles={{
              input: { fontFamily: "var(--mantine-font-family-monospace)", letterSpacing: "0.05em" },
            }}
          />
          <Group>
            <Button
              type="submit"
              leftSection={<IconSearch size={18} aria-hidden />}
              loading={status.isFetching}
            >
              {t("intake.track.submit")}
            </Button>
          </Group>
        </Stack>
      </form>

      {code ? (
        <Stack gap="md" mt="xl" aria-live="polite">
          {status.isPending && status.fetchStatus !== "idle" ? <InlineLoader /> : null}
          {unknown ? (
            <Alert
              color="gray"
              icon={<IconZoomQuestion aria-hidden />}
              title={t("intake.track.unknownTitle")}
            >
              {error.message}
            </Alert>
          ) : null}
          {error && !unknown && !badFormat ? (
            <QueryError error={error} onRetry={() => void status.refetch()} />
          ) : null}
          {status.data ? (
            <Paper withBorder p="md" radius="md">
              <Stack gap="md">
                <Stack gap={2}>
                  <Text size="sm">{t("intake.track.codeShown")}</Text>
                  <Text ff="monospace" fw={700} fz="lg">
                    {status.data.trackingCode}
                  </Text>
                </Stack>
                <Title order={2} size="h3" data-testid="tracking-status">
                  {t("intake.track.statusIs", { status: t(`intake.track.steps.${status.data.status}`) })}
                </Title>
                <TrackingSteps status={status.data} />
                <Text size="sm" c="dimmed">
                  {t("intake.track.privacy")}
                </Text>
              </Stack>
            </Paper>
          ) : null}
        </Stack>
      ) : null}
    </PublicPageFrame>
  );
}
