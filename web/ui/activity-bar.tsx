import { Box } from "@mantine/core";
import { useTranslation } from "react-i18next";
import classes from "./activity-bar.module.css";

/** A thin moving bar while data loads or saves, so a slow connection never looks frozen. */
export function ActivityBar({ active }: { active: boolean }) {
  const { t } = useTranslation();
  if (!active) return null;
  return <Box className={classes.bar} role="progressbar" aria-label={t("common.working")} />;
}
