import { Anchor, Breadcrumbs, Text } from "@mantine/core";
import { useQueries } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import type { RegionDto } from "../../../shared/reference.ts";
import { api } from "../../app/api-client.ts";
import { regionAncestry } from "./regions-api.ts";

/** Indonesia › DKI Jakarta › Jakarta Pusat › Gambir, each a link back up the tree. */
export function RegionBreadcrumbs({
  parentCode,
  toHref,
}: {
  parentCode: string | null;
  toHref: (code: string | null) => string;
}) {
  const { t } = useTranslation();
  const chain = parentCode ? regionAncestry(parentCode) : [];
  // Same key as useRegion, so names already seen are not fetched again.
  const regions = useQueries({
    queries: chain.map((code) => ({
      queryKey: ["regions", "one", code],
      queryFn: ({ signal }: { signal: AbortSignal }) =>
        api.get<RegionDto>(`/regions/${code}`, undefined, signal),
      staleTime: 60 * 60_000,
    })),
  });

  return (
    <Breadcrumbs separator="›" mb="md" aria-label={t("regions.breadcrumbs")} component="nav">
      {parentCode ? (
        <Anchor component={Link} to={toHref(null)} size="sm">
          {t("regions.top")}
        </Anchor>
      ) : (
        <Text size="sm" aria-current="page">
          {t("regions.top")}
        </Text>
      )}
      {chain.map((code, index) => {
        const name = regions[index]?.data?.name ?? code;
        return index === chain.length - 1 ? (
          <Text key={code} size="sm" fw={600} aria-current="page">
            {name}
          </Text>
        ) : (
          <Anchor key={code} component={Link} to={toHref(code)} size="sm">
            {name}
          </Anchor>
        );
      })}
    </Breadcrumbs>
  );
}
