/** The O*NET 29.2 text files the importer reads, by role, and the columns it needs from each. */
export const ONET_FILES = {
  occupations: "Occupation Data.txt",
  jobZones: "Job Zones.txt",
  jobZoneReference: "Job Zone Reference.txt",
  reportedTitles: "Sample of Reported Titles.txt",
  related: "Related Occupations.txt",
  skills: "Skills.txt",
  technology: "Technology Skills.txt",
  contentModel: "Content Model Reference.txt",
  readme: "README.md",
} as const;

/** The text of each file (the README is the one in ../shared/onet that carries the credit line). */
export type OnetTexts = Record<keyof typeof ONET_FILES, string>;

export const CODE = "O*NET-SOC Code";
