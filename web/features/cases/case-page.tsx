import { Alert, ScrollArea, Tabs } from "@mantine/core";
import { IconLock } from "@tabler/icons-react";
import { lazy, type ReactNode, Suspense, useEffect } from "react";
import { useTranslation } from "react-i18next";
import { useNavigate, useParams } from "react-router";
import { isApiError } from "../../app/api-client.ts";
import { paths } from "../../app/paths.ts";
import { InlineLoader } from "../../ui/inline-loader.tsx";
import { PageHeader } from "../../ui/page-header.tsx";
import { QueryError } from "../../ui/query-error.tsx";
import { CaseHeader } from "./case-header.tsx";
import { type CaseTab, caseTabs, isCaseTab } from "./case-tabs.ts";
import { useCase } from "./cases-api.ts";
import { SummaryTab } from "./summary-tab.tsx";

// Each tab's code loads when first opened: a phone on a slow link fetches only what it shows.
const PeopleTab = lazy(() => import("./people-tab.tsx").then((m) => ({ default: m.PeopleTab })));
const AssessmentsTab = lazy(() =>
  import("./assessments-tab.tsx").then((m) => ({ default: m.AssessmentsTab })),
);
const ReferralsTab = lazy(() => import("./referrals-tab.tsx").then((m) => ({ default: m.ReferralsTab })));
const ServicesTab = lazy(() => import("./services-tab.tsx").then((m) => ({ default: m.ServicesTab })));
const LegalTab = lazy(() => import("./legal-tab.tsx").then((m) => ({ default: m.LegalTab })));
const TimelineTab = lazy(() => import("./timeline-tab.tsx").then((m) => ({ default: m.TimelineTab })));
const DocumentsTab = lazy(() => import("./documents-tab.tsx").then((m) => ({ default: m.DocumentsTab })));

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
            {slug === current ? <Suspense fallback={<InlineLoader />}>{panels[slug]}</Suspense> : null}
          </Tabs.Panel>
        ))}
      </Tabs>
    </>
  );
}
