import { Modal } from "@mantine/core";
import { useMediaQuery } from "@mantine/hooks";
import { useTranslation } from "react-i18next";
import type { CaseDto, UpdateCaseInput } from "../../../shared/cases.ts";
import { notifySuccess } from "../../ui/notify.ts";
import { CaseForm } from "./case-form.tsx";
import { useUpdateCase } from "./cases-api.ts";

export function CaseEditModal({
  theCase,
  opened,
  onClose,
}: {
  theCase: CaseDto;
  opened: boolean;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const update = useUpdateCase(theCase.id);
  const isPhone = useMediaQuery("(max-width: 47.99em)", false, { getInitialValueInEffect: false });
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      size="xl"
      fullScreen={isPhone}
      title={t("cases.form.editTitle")}
      closeButtonProps={{ "aria-label": t("common.close") }}
    >
      {opened ? (
        <CaseForm
          existing={theCase}
          saving={update.isPending}
          onCancel={onClose}
          onSubmit={(input, showError) =>
            update.mutate(input as UpdateCaseInput, {
              onSuccess: () => {
                notifySuccess(t("cases.form.saved"));
                onClose();
              },
              onError: showError,
            })
          }
        />
      ) : null}
    </Modal>
  );
}
