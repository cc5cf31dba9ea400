import {
  type Icon,
  IconAlertTriangle,
  IconArrowsExchange,
  IconBook2,
  IconBuildingCommunity,
  IconCalendarEvent,
  IconFileExport,
  IconFileImport,
  IconFolders,
  IconHome,
  IconInbox,
  IconLayoutDashboard,
  IconListCheck,
  IconListSearch,
  IconMap2,
  IconReport,
  IconSchool,
  IconSpeakerphone,
  IconTargetArrow,
  IconUserCircle,
  IconUsers,
  IconWorldWww,
} from "@tabler/icons-react";
import type { Permission } from "../../../shared/permissions.ts";
import { paths } from "../paths.ts";

export type NavItem = {
  path: string;
  labelKey:
    | "nav.home"
    | "dashboard.nav"
    | "nav.cases"
    | "nav.complaints"
    | "nav.referrals"
    | "nav.coordination"
    | "nav.actionItems"
    | "nav.workPlan"
    | "nav.warnings"
    | "nav.prevention"
    | "nav.schools"
    | "nav.users"
    | "nav.organizations"
    | "nav.vocabularies"
    | "nav.regions"
    | "nav.audit"
    | "nav.imports"
    | "exports.nav"
    | "reports.nav"
    | "nav.portal"
    | "nav.account";
  icon: Icon;
  /** Absent for pages everyone signed in may open. */
  permission?: Permission;
};

/** The navbar, in the order a secretariat uses it; each entry shows only with its permission. */
export const navItems: readonly NavItem[] = [
  { path: paths.home, labelKey: "nav.home", icon: IconHome },
  {
    path: paths.dashboard,
    labelKey: "dashboard.nav",
    icon: IconLayoutDashboard,
    permission: "statistics.read",
  },
  { path: paths.complaints, labelKey: "nav.complaints", icon: IconInbox, permission: "complaint.manage" },
  { path: paths.cases, labelKey: "nav.cases", icon: IconFolders, permission: "case.read" },
  {
    path: paths.warnings,
    labelKey: "nav.warnings",
    icon: IconAlertTriangle,
    permission: "early_warning.report",
  },
  {
    path: paths.prevention,
    labelKey: "nav.prevention",
    icon: IconSpeakerphone,
    permission: "prevention.read",
  },
  { path: paths.schools, labelKey: "nav.schools", icon: IconSchool, permission: "prevention.read" },
  {
    path: paths.referralInbox,
    labelKey: "nav.referrals",
    icon: IconArrowsExchange,
    permission: "referral.respond",
  },
  {
    path: paths.coordination,
    labelKey: "nav.coordination",
    icon: IconCalendarEvent,
    permission: "coordination.read",
  },
  {
    path: paths.actionItems,
    labelKey: "nav.actionItems",
    icon: IconListCheck,
    permission: "coordination.read",
  },
  {
    path: paths.workPlan(),
    labelKey: "nav.workPlan",
    icon: IconTargetArrow,
    permission: "coordination.read",
  },
  { path: paths.reports, labelKey: "reports.nav", icon: IconReport, permission: "statistics.read" },
  { path: paths.users, labelKey: "nav.users", icon: IconUsers, permission: "user.read" },
  {
    path: paths.organizations,
    labelKey: "nav.organizations",
    icon: IconBuildingCommunity,
    permission: "organization.read",
  },
  { path: paths.vocabularies, labelKey: "nav.vocabularies", icon: IconBook2, permission: "reference.read" },
  { path: paths.regions, labelKey: "nav.regions", icon: IconMap2, permission: "reference.read" },
  { path: paths.imports, labelKey: "nav.imports", icon: IconFileImport, permission: "data.exchange" },
  { path: paths.exports, labelKey: "exports.nav", icon: IconFileExport, permission: "data.exchange" },
  { path: paths.portalAdmin(), labelKey: "nav.portal", icon: IconWorldWww, permission: "portal.manage" },
  { path: paths.audit, labelKey: "nav.audit", icon: IconListSearch, permission: "audit.read" },
  { path: paths.account, labelKey: "nav.account", icon: IconUserCircle, permission: "session.self" },
];

/** Whether a nav entry is the current section; Beranda only matches itself. */
export function isNavItemActive(item: NavItem, pathname: string): boolean {
  if (item.path === paths.home) return pathname === paths.home;
  const matches = (path: string) => pathname === path || pathname.startsWith(`${path}/`);
  // A section inside another (Tindak lanjut under Koordinasi) lights up alone, not with its parent.
  const deeper = navItems.some((other) => other.path.startsWith(`${item.path}/`) && matches(other.path));
  return matches(item.path) && !deeper;
}
