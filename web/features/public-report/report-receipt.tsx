import { Alert, Anchor, Button, Group, Paper, Stack, Text, Title } from "@mantine/core";
import { IconAlertTriangle, IconCircleCheck } from "@tabler/icons-react";
import { useEffect, useRef } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { paths } from "../../app/paths.ts";
import { CopyValueButton } from "../../ui/copy-value-button.tsx";
import { useFormatDateTime } from "../../ui/format-date.ts";
import type { PublicReceipt } from "./public-report-api.ts";

export function trackPath(trackingCode: string): string {
  return `${paths.publicTrack}/${encodeURIComponent(trackingCode)}`;
}

/** What the sender keeps: the tracking code, shown large, and what it is for. */
export function ReportReceipt({ receipt, onAnother }: { receipt: PublicReceipt; onAnother: () => void }) {
  const { t } = useTranslation();
  const formatDateTime = useFormatDateTime();
  const heading = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    // The form has gone: tell a screen reader (and a scrolled phone) what happened instead.
    heading.current?.focus();
    window.scrollTo({ top: 0 });
  }, []);

  return (
    <Stack gap="md">
      <Group gap="xs" wrap="nowrap" align="flex-start">
        <IconCircleCheck size={28} color="var(--mantine-color-teal-9)" aria-hidden />
        <Title order={1} ref={heading} tabIndex={-1}>
          {t("intake.receipt.title")}
        </Title>
      </Group>
      <Text>{t("intake.receipt.received", { time: formatDateTime(receipt.receivedAt) })}</Text>
      <Paper withBorder p="md" radius="md" bg="blue.0">
        <Stack gap="xs" align="center">
          <Text size="sm" fw={600}>
            {t("intake.receipt.codeLabel")}
          </Text>
          <Text
            component="p"
            ff="monospace"
            fw={800}
            fz={{ base: 28, sm: 36 }}
            style={{ letterSpacing: "0.08em", wordBreak: "break-all" }}
            data-testid="tracking-code"
          >
            {receipt.trackingCode}
          </Text>
          <CopyValueButton value={receipt.trackingCode} label={t("intake.receipt.copy")} />
        </Stack>
      </Paper>
      <Alert color="red" icon={<IconAlertTriangle aria-hidden />} title={t("intake.receipt.keepTitle")}>
        {t("intake.receipt.keepBody")}
      </Alert>
      <Text>
        <Anchor component={Link} to={trackPath(receipt.trackingCode)} fw={600}>
          {t("intake.receipt.trackLink")}
        </Anchor>
      </Text>
      <Text size="sm">{t("intake.receipt.next")}</Text>
      <Group>
        <Button variant="default" onClick={onAnother}>
          {t("intake.receipt.another")}
        </Button>
      </Group>
    </Stack>
  );
}
