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
    index: true,
    lazy: () => import("../features/home/home-page.tsx").then((m) => ({ Component: m.HomePage })),
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
