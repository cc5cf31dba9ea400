import { Button, Center } from "@mantine/core";
import { useTranslation } from "react-i18next";

type LoadMoreButtonProps = {
  hasMore: boolean;
  loading: boolean;
  onLoadMore: () => void;
};

/** Keyset lists grow page by page on request rather than loading everything over a slow link. */
export function LoadMoreButton({ hasMore, loading, onLoadMore }: LoadMoreButtonProps) {
  const { t } = useTranslation();
  if (!hasMore) return null;
  return (
    <Center mt="md">
      <Button variant="default" loading={loading} onClick={onLoadMore}>
        {t("common.loadMore")}
      </Button>
    </Center>
  );
}
