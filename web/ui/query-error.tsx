import { Alert, Button, Stack, Text } from "@mantine/core";
import { IconAlertTriangle, IconRefresh } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";

type QueryErrorProps = {
  error: Error | null;
  onRetry?: () => void;
};

/** A failed load: the server's message (already in the user's language) and a way to try again. */
export function QueryError({ error, onRetry }: QueryErrorProps) {
  const { t } = useTranslation();
  return (
    <Alert color="red" icon={<IconAlertTriangle aria-hidden />} title={t("errors.loadFailed")} role="alert">
      <Stack gap="sm" align="flex-start">
        <Text size="sm">{error?.message ?? t("errors.unexpected")}</Text>
        {onRetry ? (
          <Button
            variant="outline"
            color="red"
            size="xs"
            leftSection={<IconRefresh size={16} aria-hidden />}
            onClick={onRetry}
          >
            {t("common.retry")}
          </Button>
        ) : null}
      </Stack>
    </Alert>
  );
}
