import { Button, Group, Paper, Select, Stack, Text } from "@mantine/core";
import { IconCopy } from "@tabler/icons-react";
import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { notifyError, notifySuccess } from "../../ui/notify.ts";
import { useCreateWorkPlan } from "./work-plans-api.ts";

/** A year without a plan: the secretariat starts it empty or copies another year's. */
export function StartPlan({ year, manage, earlier }: { year: number; manage: boolean; earlier: number[] }) {
  const { t } = useTranslation();
  const create = useCreateWorkPlan();
  const [source, setSource] = useState<string | null>(
    earlier.includes(year - 1) ? String(year - 1) : (earlier[0]?.toString() ?? null),
  );
  useEffect(() => {
    if (source === null && earlier.length > 0)
      setSource(String(earlier.includes(year - 1) ? year - 1 : earlier[0]));
  }, [earlier, source, year]);

  function start(copyFromYear: number | null) {
    create.mutate(
      { year, copyFromYear },
      {
        onSuccess: () => notifySuccess(t("followUp.plan.started", { year })),
        onError: (error) => notifyError(t("followUp.plan.startFailed"), error.message),
      },
    );
  }

  return (
    <Paper withBorder p="lg" radius="md">
      <Stack gap="md" align="flex-start">
        <Text>{t("followUp.plan.none", { year })}</Text>
        {manage ? (
          <Group gap="sm" align="flex-end">
            {earlier.length > 0 ? (
              <>
                <Select
                  label={t("followUp.plan.copyFrom")}
                  data={earlier.map((y) => ({ value: String(y), label: String(y) }))}
                  value={source}
                  onChange={setSource}
                  allowDeselect={false}
                  w={140}
                />
                <Button
                  leftSection={<IconCopy size={18} aria-hidden />}
                  loading={create.isPending}
                  onClick={() => start(Number(source))}
                  disabled={!source}
                >
                  {t("followUp.plan.copy")}
                </Button>
              </>
            ) : null}
            <Button variant="default" loading={create.isPending} onClick={() => start(null)}>
              {t("followUp.plan.startEmpty")}
            </Button>
          </Group>
        ) : null}
      </Stack>
    </Paper>
  );
}
