import { Modal } from "@mantine/core";
import { useMediaQuery } from "@mantine/hooks";
import { useTranslation } from "react-i18next";
import { useNavigate } from "react-router";
import type { OpenCaseInput } from "../../../shared/cases.ts";
import { paths } from "../../app/paths.ts";
import { notifySuccess } from "../../ui/notify.ts";
import { CaseForm } from "./case-form.tsx";
import { useOpenCase } from "./cases-api.ts";

/** "Buka kasus baru": the form in a dialog (the whole screen on a phone), then the new case. */
export function OpenCaseModal({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const open = useOpenCase();
  const isPhone = useMediaQuery("(max-width: 47.99em)", false, { getInitialValueInEffect: false });

  return (
    <Modal
      opened={opened}
      onClose={onClose}
      size="xl"
      fullScreen={isPhone}
      title={t("cases.form.openTitle")}
      closeButtonProps={{ "aria-label": t("common.close") }}
    >
      {opened ? (
        <CaseForm
          existing={null}
          saving={open.isPending}
          onCancel={onClose}
          onSubmit={(input, showError) =>
            open.mutate(input as OpenCaseInput, {
              onSuccess: (created) => {
                notifySuccess(t("cases.form.opened", { number: created.number }));
                onClose();
                navigate(paths.case(created.id));
              },
              onError: showError,
            })
          }
        />
      ) : null}
    </Modal>
  );
}
