import { areaMessages } from "./area.ts";

/** Messages of the complaints area. */
export const complaintMessages = areaMessages(
  {
    "complaint.placeholder": "-",
  },
  {
    "complaint.placeholder": "-",
  },
);
