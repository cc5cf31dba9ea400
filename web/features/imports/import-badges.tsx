import { Badge } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { ImportStatus } from "../../../shared/imports.ts";

const colors: Record<ImportStatus, string> = { queued: "gray", running: "blue", done: "teal", failed: "red" };

export function ImportStatusBadge({ status }: { status: ImportStatus }) {
  const { t } = useTranslation();
  return (
    <Badge variant="light" color={colors[status]}>
      {t(`imports.status.${status}`)}
    </Badge>
  );
}

/** A dry run and an import look alike in a list; this says which one it was. */
export function ImportKindBadge({ dryRun }: { dryRun: boolean }) {
  const { t } = useTranslation();
  return (
    <Badge variant="outline" color={dryRun ? "gray" : "indigo"}>
      {t(dryRun ? "imports.kind.dryRun" : "imports.kind.import")}
    </Badge>
  );
}
