import { areaMessages } from "./area.ts";

/** Messages of the legal area. */
export const legalMessages = areaMessages(
  {
    "legal.placeholder": "-",
  },
  {
    "legal.placeholder": "-",
  },
);
