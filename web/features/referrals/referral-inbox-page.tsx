import { Select, SimpleGrid, Stack, Text } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { type ReferralStatus, referralStatuses } from "../../../shared/referrals.ts";
import { InlineLoader } from "../../ui/inline-loader.tsx";
import { LoadMoreButton } from "../../ui/load-more-button.tsx";
import { PageHeader } from "../../ui/page-header.tsx";
import { QueryError } from "../../ui/query-error.tsx";
import { ReferralCard } from "./referral-card.tsx";
import { useReferralLabels } from "./referral-labels.ts";
import { useReferralInbox } from "./referrals-api.ts";

/** `/rujukan`: the referrals addressed to the user's organisation, overdue first. */
export function ReferralInboxPage() {
  const { t } = useTranslation();
  const [status, setStatus] = useState<ReferralStatus | null>(null);
  const inbox = useReferralInbox(status);
  const labels = useReferralLabels();
  const referrals = inbox.data?.pages.flatMap((page) => page.items) ?? [];

  return (
    <>
      <PageHeader title={t("intake.inbox.title")} description={t("intake.inbox.intro")} />
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 4 }} mb="md">
        <Select<ReferralStatus>
          label={t("common.status")}
          placeholder={t("common.all")}
          data={referralStatuses.map((value) => ({ value, label: t(`intake.referral.status.${value}`) }))}
          value={status}
          onChange={setStatus}
          clearable
          clearButtonProps={{ "aria-label": t("common.clear") }}
        />
      </SimpleGrid>
      {inbox.isPending ? <InlineLoader /> : null}
      {inbox.isError ? <QueryError error={inbox.error} onRetry={() => void inbox.refetch()} /> : null}
      {inbox.isSuccess && referrals.length === 0 ? (
        <Text py="md">{status ? t("intake.inbox.emptyFiltered") : t("intake.inbox.empty")}</Text>
      ) : null}
      {referrals.length > 0 ? (
        <Stack
          component="ul"
          gap="sm"
          p={0}
          m={0}
          style={{ listStyle: "none" }}
          aria-label={t("intake.inbox.listLabel")}
        >
          {referrals.map((referral) => (
            <ReferralCard key={referral.id} referral={referral} labels={labels} />
          ))}
        </Stack>
      ) : null}
      <LoadMoreButton
        hasMore={inbox.hasNextPage}
        loading={inbox.isFetchingNextPage}
        onLoadMore={() => void inbox.fetchNextPage()}
      />
    </>
  );
}
