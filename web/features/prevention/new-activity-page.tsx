import { Anchor, Paper } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { Link, useNavigate, useSearchParams } from "react-router";
import type { CreateActivityInput } from "../../../shared/prevention.ts";
import { paths } from "../../app/paths.ts";
import { useMe } from "../../app/session-context.tsx";
import { InlineLoader } from "../../ui/inline-loader.tsx";
import { notifySuccess } from "../../ui/notify.ts";
import { PageHeader } from "../../ui/page-header.tsx";
import { useOrganization } from "../organizations/organizations-api.ts";
import { ActivityForm, type ActivityFormDefaults } from "./activity-form.tsx";
import { useCreateActivity } from "./prevention-api.ts";

const isKelurahan = (code: string | null | undefined) => Boolean(code && code.split(".").length === 4);

/**
 * `/pencegahan/baru`: plan or record an activity. A gap in the coverage view links here with
 * the kelurahan or school filled in (`?regionCode=…&schoolId=…&status=planned`).
 */
export function NewActivityPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const { user } = useMe();
  const organization = useOrganization(user.organizationId);
  const create = useCreateActivity();

  const status = params.get("status");
  const defaults: ActivityFormDefaults = {
    status: status === "planned" ? "planned" : undefined,
    regionCode: isKelurahan(params.get("regionCode")) ? params.get("regionCode") : undefined,
    schoolId: params.get("schoolId") ?? undefined,
  };

  return (
    <>
      <Anchor component={Link} to={paths.prevention} size="sm">
        {t("prevention.detail.back")}
      </Anchor>
      <PageHeader title={t("prevention.form.newTitle")} description={t("prevention.form.newIntro")} />
      {organization.isPending ? (
        <InlineLoader />
      ) : (
        <Paper withBorder p={{ base: "sm", sm: "lg" }} radius="md" maw={880}>
          <ActivityForm
            defaults={defaults}
            homeRegion={isKelurahan(organization.data?.regionCode) ? organization.data!.regionCode : null}
            pending={create.isPending}
            submitLabel={t("prevention.form.save")}
            onCancel={() => navigate(paths.prevention)}
            onSubmit={(input, form) =>
              create.mutate(input as CreateActivityInput, {
                onSuccess: (saved) => {
                  notifySuccess(t("prevention.form.saved", { title: saved.title }));
                  // A held activity goes on to its participants; a plan to its page.
                  navigate(paths.activity(saved.id, saved.status === "held" ? "peserta" : undefined));
                },
                onError: (error) => {
                  form.showApiError(error);
                },
              })
            }
          />
        </Paper>
      )}
    </>
  );
}
