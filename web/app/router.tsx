import { createBrowserRouter, type RouteObject } from "react-router";
import { LoginPage } from "../features/auth/login-page.tsx";
import { FullPageLoader } from "../ui/full-page-loader.tsx";
import { AppLayout } from "./layout/app-layout.tsx";
import { NotFoundPage } from "./not-found-page.tsx";
import { paths } from "./paths.ts";
import { RequirePermission } from "./require-permission.tsx";
import { RequireSession } from "./require-session.tsx";
import { RootErrorPage, RouteErrorPage } from "./route-error-page.tsx";

// Pages other than sign-in load on first visit, so a phone on a slow link downloads only what it opens.
const signedInPages: RouteObject[] = [
  {
    path: paths.home,
    lazy: () => import("../features/home/home-page.tsx").then((m) => ({ Component: m.HomePage })),
  },
  {
    element: <RequirePermission permission="statistics.read" />,
    children: [
      {
        path: paths.dashboard,
        lazy: () =>
          import("../features/dashboard/dashboard-page.tsx").then((m) => ({ Component: m.DashboardPage })),
      },
    ],
  },
  {
    element: <RequirePermission permission="user.read" />,
    children: [
      {
        path: paths.users,
        lazy: () =>
          import("../features/users/user-list-page.tsx").then((m) => ({ Component: m.UserListPage })),
      },
    ],
  },
  {
    element: <RequirePermission permission="organization.read" />,
    children: [
      {
        path: paths.organizations,
        lazy: () =>
          import("../features/organizations/organization-list-page.tsx").then((m) => ({
            Component: m.OrganizationListPage,
          })),
      },
    ],
  },
  {
    element: <RequirePermission permission="reference.read" />,
    children: [
      {
        path: `${paths.vocabularies}/:kind?`,
        lazy: () =>
          import("../features/vocabularies/vocabularies-page.tsx").then((m) => ({
            Component: m.VocabulariesPage,
          })),
      },
      {
        path: paths.regions,
        lazy: () =>
          import("../features/regions/regions-page.tsx").then((m) => ({ Component: m.RegionsPage })),
      },
    ],
  },
  {
    element: <RequirePermission permission="case.read" />,
    children: [
      {
        path: paths.cases,
        lazy: () =>
          import("../features/cases/case-list-page.tsx").then((m) => ({ Component: m.CaseListPage })),
      },
      {
        path: `${paths.cases}/:caseId/:tab?`,
        lazy: () => import("../features/cases/case-page.tsx").then((m) => ({ Component: m.CasePage })),
      },
    ],
  },
  {
    element: <RequirePermission permission="complaint.manage" />,
    children: [
      {
        path: paths.complaints,
        lazy: () =>
          import("../features/complaints/complaint-queue-page.tsx").then((m) => ({
            Component: m.ComplaintQueuePage,
          })),
      },
      {
        path: `${paths.complaints}/:complaintId`,
        lazy: () =>
          import("../features/complaints/complaint-page.tsx").then((m) => ({ Component: m.ComplaintPage })),
      },
    ],
  },
  {
    element: <RequirePermission permission="early_warning.report" />,
    children: [
      {
        path: paths.warnings,
        lazy: () =>
          import("../features/early-warnings/warning-list-page.tsx").then((m) => ({
            Component: m.WarningListPage,
          })),
      },
      {
        path: paths.newWarning,
        lazy: () =>
          import("../features/early-warnings/new-warning-page.tsx").then((m) => ({
            Component: m.NewWarningPage,
          })),
      },
      {
        path: `${paths.warnings}/:warningId`,
        lazy: () =>
          import("../features/early-warnings/warning-page.tsx").then((m) => ({ Component: m.WarningPage })),
      },
    ],
  },
  {
    element: <RequirePermission permission="prevention.read" />,
    children: [
      {
        path: paths.prevention,
        lazy: () =>
          import("../features/prevention/activity-list-page.tsx").then((m) => ({
            Component: m.ActivityListPage,
          })),
      },
      {
        path: paths.coverage,
        lazy: () =>
          import("../features/prevention/coverage-page.tsx").then((m) => ({ Component: m.CoveragePage })),
      },
      {
        path: `${paths.prevention}/:activityId/:tab?`,
        lazy: () =>
          import("../features/prevention/activity-page.tsx").then((m) => ({ Component: m.ActivityPage })),
      },
      {
        path: paths.schools,
        lazy: () =>
          import("../features/prevention/schools-page.tsx").then((m) => ({ Component: m.SchoolsPage })),
      },
    ],
  },
  {
    element: <RequirePermission permission="prevention.manage" />,
    children: [
      {
        path: paths.newActivity,
        lazy: () =>
          import("../features/prevention/new-activity-page.tsx").then((m) => ({
            Component: m.NewActivityPage,
          })),
      },
    ],
  },
  {
    element: <RequirePermission permission="referral.respond" />,
    children: [
      {
        path: paths.referralInbox,
        lazy: () =>
          import("../features/referrals/referral-inbox-page.tsx").then((m) => ({
            Component: m.ReferralInboxPage,
          })),
      },
      {
        path: `${paths.referralInbox}/:referralId`,
        lazy: () =>
          import("../features/referrals/referral-page.tsx").then((m) => ({ Component: m.ReferralPage })),
      },
    ],
  },
  {
    element: <RequirePermission permission="portal.manage" />,
    children: [
      {
        path: `${paths.portalAdmin()}/konten/:entryId`,
        lazy: () =>
          import("../features/portal-admin/entry-editor-page.tsx").then((m) => ({
            Component: m.EntryEditorPage,
          })),
      },
      {
        path: `${paths.portalAdmin()}/:tab?`,
        lazy: () =>
          import("../features/portal-admin/portal-admin-page.tsx").then((m) => ({
            Component: m.PortalAdminPage,
          })),
      },
    ],
  },
  {
    element: <RequirePermission permission="data.exchange" />,
    children: [
      {
        path: `${paths.imports}/:importId?`,
        lazy: () =>
          import("../features/imports/imports-page.tsx").then((m) => ({ Component: m.ImportsPage })),
      },
      {
        path: paths.exports,
        lazy: () =>
          import("../features/exports/exports-page.tsx").then((m) => ({ Component: m.ExportsPage })),
      },
    ],
  },
  {
    element: <RequirePermission permission="coordination.read" />,
    children: [
      {
        path: paths.coordination,
        lazy: () =>
          import("../features/coordination/meetings-page.tsx").then((m) => ({ Component: m.MeetingsPage })),
      },
      {
        path: `${paths.coordination}/rapat/:meetingId/:tab?`,
        lazy: () =>
          import("../features/coordination/meeting-page.tsx").then((m) => ({ Component: m.MeetingPage })),
      },
      {
        path: paths.structure,
        lazy: () =>
          import("../features/coordination/structure-page.tsx").then((m) => ({ Component: m.StructurePage })),
      },
      {
        path: paths.directory,
        lazy: () =>
          import("../features/coordination/directory-page.tsx").then((m) => ({ Component: m.DirectoryPage })),
      },
      {
        path: paths.actionItems,
        lazy: () =>
          import("../features/action-items/action-items-page.tsx").then((m) => ({
            Component: m.ActionItemsPage,
          })),
      },
      {
        path: `${paths.actionItems}/:actionItemId`,
        lazy: () =>
          import("../features/action-items/action-item-page.tsx").then((m) => ({
            Component: m.ActionItemPage,
          })),
      },
      {
        path: `${paths.workPlan()}/:year?`,
        lazy: () =>
          import("../features/work-plans/work-plan-page.tsx").then((m) => ({ Component: m.WorkPlanPage })),
      },
    ],
  },
  {
    element: <RequirePermission permission="coordination.manage" />,
    children: [
      {
        path: paths.newMeeting,
        lazy: () =>
          import("../features/coordination/new-meeting-page.tsx").then((m) => ({
            Component: m.NewMeetingPage,
          })),
      },
    ],
  },
  {
    element: <RequirePermission permission="statistics.read" />,
    children: [
      {
        path: paths.reports,
        lazy: () =>
          import("../features/periodic-reports/reports-page.tsx").then((m) => ({ Component: m.ReportsPage })),
      },
      {
        path: `${paths.reports}/:reportId`,
        lazy: () =>
          import("../features/periodic-reports/report-page.tsx").then((m) => ({ Component: m.ReportPage })),
      },
    ],
  },
  {
    element: <RequirePermission permission="audit.read" />,
    children: [
      {
        path: paths.audit,
        lazy: () => import("../features/audit/audit-page.tsx").then((m) => ({ Component: m.AuditPage })),
      },
    ],
  },
  {
    element: <RequirePermission permission="session.self" />,
    children: [
      {
        path: paths.account,
        lazy: () =>
          import("../features/account/account-page.tsx").then((m) => ({ Component: m.AccountPage })),
      },
      {
        path: paths.security,
        lazy: () =>
          import("../features/account/security-page.tsx").then((m) => ({ Component: m.SecurityPage })),
      },
    ],
  },
  { path: "*", Component: NotFoundPage },
];

export const routes: RouteObject[] = [
  {
    HydrateFallback: FullPageLoader,
    ErrorBoundary: RootErrorPage,
    children: [
      { path: paths.signIn, Component: LoginPage },
      {
        path: paths.publicReport,
        lazy: () =>
          import("../features/public-report/report-page.tsx").then((m) => ({
            Component: m.PublicReportPage,
          })),
      },
      {
        path: `${paths.publicTrack}/:trackingCode?`,
        lazy: () =>
          import("../features/public-report/track-page.tsx").then((m) => ({ Component: m.PublicTrackPage })),
      },
      {
        path: `${paths.publicTests}/:token`,
        lazy: () =>
          import("../features/prevention-tests/public-test-page.tsx").then((m) => ({
            Component: m.PublicTestPage,
          })),
      },
      {
        path: paths.setup,
        lazy: () => import("../features/auth/setup-page.tsx").then((m) => ({ Component: m.SetupPage })),
      },
      {
        Component: RequireSession,
        children: [
          {
            Component: AppLayout,
            // Errors inside a page keep the shell (navigation, sign-out) usable.
            children: [{ ErrorBoundary: RouteErrorPage, children: signedInPages }],
          },
        ],
      },
    ],
  },
];

export function createAppRouter() {
  return createBrowserRouter(routes);
}
