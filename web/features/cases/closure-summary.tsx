import { List, Stack, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { CaseDto } from "../../../shared/cases.ts";
import { useFormatDateTime } from "../../ui/format-date.ts";
import { useTerms } from "./vocabulary-terms.ts";

type ClosureRequest = NonNullable<CaseDto["closureRequest"]>;

/** A pending closure request as the coordinator weighs it: who asked, why, and each service's end. */
export function ClosureChecklist({ request }: { request: ClosureRequest }) {
  const { t } = useTranslation();
  const terms = useTerms();
  const formatDateTime = useFormatDateTime();
  return (
    <Stack gap="xs">
      <Text size="sm">
        {t("cases.closure.requestedBy", {
          name: request.requestedByName ?? t("cases.timeline.system"),
          time: formatDateTime(request.requestedAt),
        })}
      </Text>
      <Text size="sm" style={{ whiteSpace: "pre-wrap" }}>
        <Text span fw={600}>
          {t("cases.closure.reason")}:{" "}
        </Text>
        {request.reason}
      </Text>
      {request.checklist.length > 0 ? (
        <List size="sm" aria-label={t("cases.closure.checklist")}>
          {request.checklist.map((item) => (
            <List.Item key={item.serviceTypeCode}>
              {terms.label("service_type", item.serviceTypeCode)}:{" "}
              {t(`cases.closure.outcomes.${item.outcome}`)}
            </List.Item>
          ))}
        </List>
      ) : null}
    </Stack>
  );
}
