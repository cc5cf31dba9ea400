import { exploitationTypes } from "./statistics.ts";

/**
 * The value names of the HTCDS 2.0 picklists an export writes, as field-standards-2.0.csv and
 * the standard's XLSForm (xlsform-choices.csv) list them. The test reads both files and fails
 * when a name here is not the standard's. `Unaquainted` is the standard's own spelling.
 */
export const htcdsPicklists = {
  gender: [
    "Feminine",
    "Masculine",
    "TransgenderFeminine",
    "TransgenderMasculine",
    "NonConforming",
    "NonSpecifiedUnknown",
  ],
  maritalStatus: ["Single", "Married", "Widowed", "Divorced", "Separated", "RegisteredPartnership"],
  education: [
    "EarlyChildhoodEducation",
    "PrimaryEducation",
    "LowerSecondaryEducation",
    "UpperSecondaryEducation",
    "PostSecondaryNonTertiaryEducation",
    "ShortCycleTertiaryEducation",
    "BachelorsOrEquivalentLevel",
    "MastersOrEquivalentLevel",
    "DoctoralOrEquivalentLevel",
  ],
  relationshipToTrafficker: ["Familial", "Acquainted", "Unaquainted"],
  websitesAndApps: [
    "Facebook",
    "Instagram",
    "WhatsApp",
    "Telegram",
    "FacebookMessenger",
    "Viber",
    "SnapChat",
    "Line",
    "4Sale",
    "WeChat",
    "QQ",
    "QZone",
    "TikTok",
    "Twitter",
    "Other",
  ],
  methodsOfControl: [
    "PhysicalThreats",
    "ThreatsLawEnforcement",
    "ThreatensChildrenFamily",
    "DebtBondage",
    "FalsePromises",
    "PhysicalAbuse",
    "SexualAbuse",
    "TakesEarnings",
    "RestrictsFinancialAccess",
    "RestrictsMedicalCare",
    "WithholdsNecessities",
    "PsychologicalAbuse",
    "PsychoactiveSubstance",
    "ExcessiveWorkingHours",
    "WithholdsDocuments",
    "Other",
  ],
  typeOfExploitation: exploitationTypes,
  forcedLabourIndustry: [
    "A_AgricultureForestryAndFishing",
    "B_MiningAndQuarrying",
    "C_Manufacturing",
    "D_ElectricityGasSteamAndAirConditioningSupply",
    "E_WaterSupplySewerageWasteManagement",
    "F_Construction",
    "G_WholesaleAndRetailTradeRepairOfMotorVehicles",
    "H_TransportationAndStorage",
    "I_AccommodationAndFoodServiceActivities",
    "J_InformationAndCommunication",
    "K_FinancialAndInsuranceActivities",
    "L_RealEstateActivities",
    "M_ProfessionalScientificAndTechnicalActivities",
    "N_AdministrativeAndSupportServiceActivities",
    "O_PublicAdministrationAndDefence",
    "P_Education",
    "Q_HumanHealthAndSocialWorkActivities",
    "R_ArtsEntertainmentAndRecreation",
    "S_OtherServiceActivities",
    "T_ActivitiesOfHouseholdsAsEmployers",
    "U_ActivitiesOfExtraterritorialOrganizations",
  ],
  eventType: ["Recruitment", "Transit", "Exploitation"],
  supportPlanType: [
    "Education",
    "Financial",
    "Health",
    "LabourExploitationRehabilitation",
    "Legal",
    "Livelihood",
    "RightsBasedTraining",
    "SexualExploitationRehabilitation",
    "SocialCare",
  ],
  caseStatus: ["Active", "FollowUp", "Closed", "ClosedReferred"],
} as const;

export type HtcdsPicklist = keyof typeof htcdsPicklists;
export type HtcdsValue<L extends HtcdsPicklist> = (typeof htcdsPicklists)[L][number];

/** Whether a text is a value name of the picklist (an administrator may have typed any text). */
export function isHtcdsValue<L extends HtcdsPicklist>(list: L, value: string | null): value is HtcdsValue<L> {
  return value !== null && (htcdsPicklists[list] as readonly string[]).includes(value);
}

/** Values in the picklist's own order, each once: the order a reader of the standard expects. */
export function inPicklistOrder<L extends HtcdsPicklist>(list: L, values: Iterable<HtcdsValue<L>>): string {
  const chosen = new Set<string>(values);
  return (htcdsPicklists[list] as readonly string[]).filter((v) => chosen.has(v)).join(";");
}
