/**
 * The person's own data: the skills and tools they have ("My skills") and a learning plan, per
 * data set (ids only mean something inside one data set). Kept in the browser only; see
 * profile-store.ts for where and how.
 *
 * What is stored is versioned and parsed like any other untrusted input — it may come from an
 * older app, another tab mid-write, a hand-edited export file or a broken disk. A store that does
 * not parse is reported and replaced, never half-used.
 *
 * Parsing what was stored (with zod) is in profile-parse.ts, loaded when the profile is first
 * read, so the first view does not wait for the schema code.
 *
 * A plan item is "done" exactly when it is in the profile: marking a skill once counts everywhere
 * (fit, routes, compare, the graph). The plan itself only remembers what is being learnt and the
 * notes.
 */
export const PROFILE_VERSION = 1;
/** The `format` field of an exported profile file. */
export const PROFILE_FORMAT = "career-path-explorer/profile";
/** Longest note kept per item or role. */
export const MAX_NOTE = 4_000;

export type PlanStatus = "todo" | "learning" | "done";

export interface PlanStep {
  /** The role reached at this step. */
  role: string;
  /** The skills and tools to learn for it. */
  items: string[];
}

export interface Plan {
  /** The target role. */
  to: string;
  /** Where the route started (a role), or null when it starts from the person's skills. */
  from: string | null;
  steps: PlanStep[];
  /** Items being learnt now (done = in the profile; anything else is still to learn). */
  learning: string[];
  /** Personal notes per item or role id. */
  notes: Record<string, string>;
  created: number;
}

export interface DataSetProfile {
  have: string[];
  plan: Plan | null;
}

export interface Profile {
  version: typeof PROFILE_VERSION;
  updated: number;
  dataSets: Record<string, DataSetProfile>;
}

export function emptyProfile(): Profile {
  return { version: PROFILE_VERSION, updated: 0, dataSets: {} };
}

export function dataSetProfile(profile: Profile, key: string): DataSetProfile {
  return profile.dataSets[key] ?? { have: [], plan: null };
}

function withDataSet(profile: Profile, key: string, next: DataSetProfile, now: number): Profile {
  return { ...profile, updated: now, dataSets: { ...profile.dataSets, [key]: next } };
}

/** Adds (`have`) or removes ids; the rest of the profile is kept as it is. */
export function setHave(
  profile: Profile,
  key: string,
  changed: readonly string[],
  have: boolean,
  now = Date.now(),
): Profile {
  const current = dataSetProfile(profile, key);
  const set = new Set(current.have);
  for (const id of changed) {
    if (have) set.add(id);
    else set.delete(id);
  }
  const plan = current.plan && {
    ...current.plan,
    // Done is "in the profile": an item just added is no longer being learnt.
    learning: have ? current.plan.learning.filter((i) => !set.has(i)) : current.plan.learning,
  };
  return withDataSet(profile, key, { have: [...set].sort(), plan }, now);
}

export function setPlan(profile: Profile, key: string, plan: Plan | null, now = Date.now()) {
  return withDataSet(profile, key, { ...dataSetProfile(profile, key), plan }, now);
}

/**
 * One item's status in the plan. "done" adds it to the profile and "todo"/"learning" take it out
 * again, so the plan and "My skills" never disagree.
 */
export function setStatus(
  profile: Profile,
  key: string,
  item: string,
  status: PlanStatus,
  now = Date.now(),
): Profile {
  const after = setHave(profile, key, [item], status === "done", now);
  const current = dataSetProfile(after, key);
  if (!current.plan) return after;
  const learning = current.plan.learning.filter((i) => i !== item);
  if (status === "learning") learning.push(item);
  return setPlan(after, key, { ...current.plan, learning }, now);
}

export function setNote(
  profile: Profile,
  key: string,
  target: string,
  text: string,
  now = Date.now(),
): Profile {
  const plan = dataSetProfile(profile, key).plan;
  if (!plan) return profile;
  const notes = { ...plan.notes };
  const trimmed = text.slice(0, MAX_NOTE);
  if (trimmed.trim()) notes[target] = trimmed;
  else delete notes[target];
  return setPlan(profile, key, { ...plan, notes }, now);
}

export function statusOf(plan: Plan, have: ReadonlySet<string>, item: string): PlanStatus {
  if (have.has(item)) return "done";
  return plan.learning.includes(item) ? "learning" : "todo";
}

export interface PlanProgress {
  done: number;
  learning: number;
  total: number;
  steps: { role: string; done: number; total: number }[];
}

export function planProgress(plan: Plan, have: ReadonlySet<string>): PlanProgress {
  const learning = new Set(plan.learning);
  const seen = new Set<string>();
  let done = 0;
  let inProgress = 0;
  const steps = plan.steps.map((step) => {
    let stepDone = 0;
    for (const item of step.items) {
      if (have.has(item)) stepDone += 1;
      if (seen.has(item)) continue;
      seen.add(item);
      if (have.has(item)) done += 1;
      else if (learning.has(item)) inProgress += 1;
    }
    return { role: step.role, done: stepDone, total: step.items.length };
  });
  return { done, learning: inProgress, total: seen.size, steps };
}
