import { List, Stack, Text } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useSearchParams } from "react-router";
import { PublicPageFrame } from "../../app/layout/public-page-frame.tsx";
import { PageHeader } from "../../ui/page-header.tsx";
import { HotlineAside } from "./hotline-aside.tsx";
import type { PublicReceipt } from "./public-report-api.ts";
import { ReportForm } from "./report-form.tsx";
import { ReportReceipt } from "./report-receipt.tsx";

/** `/lapor`: anyone may report suspected trafficking, without an account and without a name. */
export function PublicReportPage() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const taskForceCode = params.get("gugus")?.trim().slice(0, 20) || undefined;
  const [receipt, setReceipt] = useState<PublicReceipt | null>(null);
  // A fresh form after "report something else": remounting drops every value typed before.
  const [formKey, setFormKey] = useState(0);

  return (
    <PublicPageFrame aside={<HotlineAside />}>
      {receipt ? (
        <ReportReceipt
          receipt={receipt}
          onAnother={() => {
            setReceipt(null);
            setFormKey((key) => key + 1);
          }}
        />
      ) : (
        <>
          <PageHeader title={t("intake.report.title")} description={t("intake.report.intro")} />
          <Stack gap="xs" mb="lg">
            <Text fw={600}>{t("intake.report.whatTitle")}</Text>
            <List size="sm" spacing={4}>
              <List.Item>{t("intake.report.what1")}</List.Item>
              <List.Item>{t("intake.report.what2")}</List.Item>
              <List.Item>{t("intake.report.what3")}</List.Item>
              <List.Item>{t("intake.report.what4")}</List.Item>
            </List>
            <Text size="sm">{t("intake.report.anonymityNote")}</Text>
            <Text size="sm" fw={600}>
              {t("intake.report.dangerNote")}
            </Text>
          </Stack>
          <ReportForm key={formKey} taskForceCode={taskForceCode} onSent={setReceipt} />
        </>
      )}
    </PublicPageFrame>
  );
}
