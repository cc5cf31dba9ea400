import { areaMessages } from "./area.ts";

/** Messages of the referrals area. */
export const referralMessages = areaMessages(
  {
    "referral.placeholder": "-",
  },
  {
    "referral.placeholder": "-",
  },
);
