/**
 * A data set's own vocabulary, with defaults for what the document leaves out.
 *
 * Everything the UI and the CLI say about tracks, levels, categories, pay and the words for them
 * comes from here, so the code names no domain. Tracks and levels a role uses but the document
 * does not declare are added in order of first appearance (their label is the id, humanised), and
 * roles without a track share one "other" lane at the end.
 */
import type { PayPeriod, VocabularyDeclaration } from "../data/schema.ts";
import { type TrackColour, trackColour } from "./track-colours.ts";

export interface TrackInfo {
  id: string;
  label: string;
  description?: string;
  colour: TrackColour;
  /** Position of the lane, 0 = first. */
  order: number;
}

export interface LevelInfo {
  id: string;
  label: string;
  description?: string;
  /** 0 = the first rung. */
  rank: number;
}

export interface CategoryInfo {
  id: string;
  label: string;
  description?: string;
}

export interface Wording {
  one: string;
  many: string;
}

export interface Vocabulary {
  tracks: TrackInfo[];
  levels: LevelInfo[];
  categories: { skill: CategoryInfo[]; tool: CategoryInfo[] };
  pay: { currency: string; period: PayPeriod; locale: string };
  wording: { track: Wording; level: Wording; role: Wording };
}

/** The lane for roles that name no track. */
export const NO_TRACK = "";

export const DEFAULT_WORDING: Vocabulary["wording"] = {
  track: { one: "track", many: "tracks" },
  level: { one: "level", many: "levels" },
  role: { one: "role", many: "roles" },
};

interface RoleLike {
  track?: string | undefined;
  level?: string | undefined;
}

export function resolveVocabulary(
  declared: VocabularyDeclaration | undefined,
  roles: Iterable<RoleLike>,
): Vocabulary {
  const trackDecl = [...(declared?.tracks ?? [])]
    .map((t, i) => ({ t, i }))
    .sort((a, b) => (a.t.order ?? a.i) - (b.t.order ?? b.i) || a.i - b.i)
    .map(({ t }) => t);
  const trackIds = new Set(trackDecl.map((t) => t.id));
  const levelDecl = [...(declared?.levels ?? [])];
  const levelIds = new Set(levelDecl.map((l) => l.id));
  const extraTracks: string[] = [];
  const extraLevels: string[] = [];
  let untracked = false;
  for (const role of roles) {
    if (role.track === undefined || role.track === NO_TRACK) untracked = true;
    else if (!trackIds.has(role.track)) {
      trackIds.add(role.track);
      extraTracks.push(role.track);
    }
    if (role.level !== undefined && !levelIds.has(role.level)) {
      levelIds.add(role.level);
      extraLevels.push(role.level);
    }
  }

  const tracks: TrackInfo[] = [
    ...trackDecl.map((t) => ({
      id: t.id,
      label: t.label,
      ...(t.description ? { description: t.description } : {}),
      declared: t,
    })),
    ...extraTracks.map((id) => ({ id, label: humanise(id), declared: undefined })),
    ...(untracked ? [{ id: NO_TRACK, label: "Other", declared: undefined }] : []),
  ].map(({ declared: d, ...t }, order) => ({ ...t, order, colour: trackColour(order, d) }));

  const levels: LevelInfo[] = [
    ...levelDecl.map((l) => ({
      id: l.id,
      label: l.label,
      ...(l.description ? { description: l.description } : {}),
    })),
    ...extraLevels.map((id) => ({ id, label: humanise(id) })),
  ].map((l, rank) => ({ ...l, rank }));

  return {
    tracks,
    levels,
    categories: {
      skill: declared?.categories?.skill ?? [],
      tool: declared?.categories?.tool ?? [],
    },
    pay: {
      currency: declared?.pay?.currency ?? "USD",
      period: declared?.pay?.period ?? "year",
      locale: declared?.pay?.locale ?? "en-US",
    },
    wording: { ...DEFAULT_WORDING, ...(declared?.wording ?? {}) } as Vocabulary["wording"],
  };
}

export function trackInfo(vocabulary: Vocabulary, id: string | undefined): TrackInfo | undefined {
  return vocabulary.tracks.find((t) => t.id === (id ?? NO_TRACK));
}

export function levelInfo(vocabulary: Vocabulary, id: string | undefined): LevelInfo | undefined {
  return id === undefined ? undefined : vocabulary.levels.find((l) => l.id === id);
}

export function categoryLabel(
  vocabulary: Vocabulary,
  kind: "skill" | "tool",
  id: string | undefined,
): string | undefined {
  if (id === undefined) return undefined;
  return vocabulary.categories[kind].find((c) => c.id === id)?.label ?? humanise(id);
}

/** "ml-engineering" → "Ml engineering": a readable fallback for an undeclared id. */
export function humanise(id: string): string {
  const spaced = id.replace(/[-_.]+/g, " ").trim();
  return spaced ? spaced[0]?.toUpperCase() + spaced.slice(1) : id;
}

/** "role" / "roles" by count, in the data set's own words. */
export function countNoun(wording: Wording, count: number): string {
  return `${groupDigits(count)} ${count === 1 ? wording.one : wording.many}`;
}

/**
 * A whole number with thousands separators, as en-US writes it (12,345). Not toLocaleString:
 * its first call loads the locale data, ~20 ms on the way to the first view.
 */
export function groupDigits(n: number): string {
  return Number.isInteger(n) ? String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ",") : String(n);
}
