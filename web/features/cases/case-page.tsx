import { Alert, ScrollArea, Tabs } from "@mantine/core";
import { IconLock } from "@tabler/icons-react";
import { type ReactNode, useEffect } from "react";
import { useTranslation } from "react-i18next";
import { useNavigate, useParams } from "react-router";
import { isApiError } from "../../app/api-client.ts";
import { paths } from "../../app/paths.ts";
import { InlineLoader } from "../../ui/inline-loader.tsx";
import { PageHeader } from "../../ui/page-header.tsx";
import { QueryError } from "../../ui/query-error.tsx";
import { AssessmentsTab } from "./assessments-tab.tsx";
import { CaseHeader } from "./case-header.tsx";
import { type CaseTab, caseTabs, isCaseTab } from "./case-tabs.ts";
import { useCase } from "./cases-api.ts";
import { DocumentsTab } from "./documents-tab.tsx";
import { LegalTab } from "./legal-tab.tsx";
import { PeopleTab } from "./people-tab.tsx";
import { ReferralsTab } from "./referrals-tab.tsx";
import { ServicesTab } from "./services-tab.tsx";
import { SummaryTab } from "./summary-tab.tsx";
import { TimelineTab } from "./timeline-tab.tsx";

export function CasePage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { caseId = "", tab } = useParams();
  const current: CaseTab = isCaseTab(tab) ? tab : "ringkasan";
  const theCase = useCase(caseId);

  // An unknown tab in the address falls back to the summary, keeping the address honest.
  useEffect(() => {
    if (tab !== undefined && !isCaseTab(tab)) navigate(paths.case(caseId), { replace: true });
  }, [tab, caseId, navigate]);

  if (theCase.isPending) return <InlineLoader />;
  if (theCase.isError) {
    const missing = isApiError(theCase.error, "not_found") || isApiError(theCase.error, "validation_failed");
    return (
      <>
        <PageHeader title={missing ? t("cases.page.notFoundTitle") : t("cases.page.title")} />
        {missing ? (
          <Alert color="gray">{t("cases.page.notFoundBody")}</Alert>
        ) : (
          <QueryError error={theCase.error} onRetry={() => void theCase.refetch()} />
        )}
      </>
    );
  }

  const record = theCase.data;
  const panels: Record<CaseTab, ReactNode> = {
    ringkasan: <SummaryTab theCase={record} />,
    orang: <PeopleTab theCase={record} />,
    asesmen: <AssessmentsTab theCase={record} />,
    rujukan: <ReferralsTab theCase={record} />,
    layanan: <ServicesTab theCase={record} />,
    hukum: <LegalTab theCase={record} />,
    linimasa: <TimelineTab theCase={record} />,
    dokumen: <DocumentsTab theCase={record} />,
  };

  return (
    <>
      <CaseHeader theCase={record} />
      {record.status === "closed" ? (
        <Alert color="gray" icon={<IconLock aria-hidden />} mb="md" title={t("cases.page.closedBanner")}>
          {t("cases.page.closedBody")}
        </Alert>
      ) : null}
      <Tabs
        value={current}
        onChange={(value) => value && navigate(paths.case(record.id, value), { replace: false })}
        keepMounted={false}
        activateTabWithKeyboard={false}
      >
        <ScrollArea type="auto" scrollbarSize={6} offsetScrollbars="x">
          <Tabs.List style={{ flexWrap: "nowrap" }} aria-label={t("cases.page.tabs")}>
            {caseTabs.map((slug) => (
              <Tabs.Tab key={slug} value={slug} style={{ whiteSpace: "nowrap" }}>
                {t(`cases.tabs.${slug}`)}
              </Tabs.Tab>
            ))}
          </Tabs.List>
        </ScrollArea>
        {caseTabs.map((slug) => (
          <Tabs.Panel key={slug} value={slug} pt="md">
            {slug === current ? panels[slug] : null}
          </Tabs.Panel>
        ))}
      </Tabs>
    </>
  );
}
