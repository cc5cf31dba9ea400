import {
  type Icon,
  IconArrowsExchange,
  IconBook2,
  IconBuildingCommunity,
  IconFolders,
  IconHome,
  IconInbox,
  IconListSearch,
  IconMap2,
  IconUserCircle,
  IconUsers,
} from "@tabler/icons-react";
import type { Permission } from "../../../shared/permissions.ts";
import { paths } from "../paths.ts";

export type NavItem = {
  path: string;
  labelKey:
    | "nav.home"
    | "nav.cases"
    | "nav.complaints"
    | "nav.referrals"
    | "nav.users"
    | "nav.organizations"
    | "nav.vocabularies"
    | "nav.regions"
    | "nav.audit"
    | "nav.account";
  icon: Icon;
  /** Absent for pages everyone signed in may open. */
  permission?: Permission;
};

/** The navbar, in the order a secretariat uses it; each entry shows only with its permission. */
export const navItems: readonly NavItem[] = [
  { path: paths.home, labelKey: "nav.home", icon: IconHome },
  { path: paths.complaints, labelKey: "nav.complaints", icon: IconInbox, permission: "complaint.manage" },
  { path: paths.cases, labelKey: "nav.cases", icon: IconFolders, permission: "case.read" },
  {
    path: paths.referralInbox,
    labelKey: "nav.referrals",
    icon: IconArrowsExchange,
    permission: "referral.respond",
  },
  { path: paths.users, labelKey: "nav.users", icon: IconUsers, permission: "user.read" },
  {
    path: paths.organizations,
    labelKey: "nav.organizations",
    icon: IconBuildingCommunity,
    permission: "organization.read",
  },
  { path: paths.vocabularies, labelKey: "nav.vocabularies", icon: IconBook2, permission: "reference.read" },
  { path: paths.regions, labelKey: "nav.regions", icon: IconMap2, permission: "reference.read" },
  { path: paths.audit, labelKey: "nav.audit", icon: IconListSearch, permission: "audit.read" },
  { path: paths.account, labelKey: "nav.account", icon: IconUserCircle, permission: "session.self" },
];

/** Whether a nav entry is the current section; Beranda only matches itself. */
export function isNavItemActive(item: NavItem, pathname: string): boolean {
  if (item.path === paths.home) return pathname === paths.home;
  return pathname === item.path || pathname.startsWith(`${item.path}/`);
}
