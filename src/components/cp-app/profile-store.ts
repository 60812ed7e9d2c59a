/**
 * Where the profile lives: one IndexedDB record (through idb-keyval), changed only by atomic
 * read-modify-write (`update`), so two tabs editing at once both keep their change. Every write
 * is announced on a BroadcastChannel; other tabs re-read and show it. Nothing leaves the browser.
 *
 * IndexedDB can be missing or refuse (private modes, storage turned off, quota): then the profile
 * is kept in memory for this tab and `persistent` says so, for the UI to tell the person.
 */
import { createStore, del, get, type UseStore, update } from "idb-keyval";
import { emptyProfile, type Profile } from "../../state/profile.ts";

type Parse = typeof import("../../state/profile-parse.ts");
/** The schema code, loaded with the first read (every change starts with one). */
let parsing: Promise<Parse> | undefined;
const loadParse = () => {
  parsing ??= import("../../state/profile-parse.ts");
  return parsing;
};

const DB_NAME = "career-path-explorer";
const STORE_NAME = "profile";
const KEY = "profile";
const CHANNEL = "career-path-explorer:profile";

export interface ReadResult {
  profile: Profile;
  /** Set when what was stored could not be used (and was reset): why, for the message. */
  problem?: string;
}

export class ProfileStore {
  persistent = true;
  private store: UseStore | undefined;
  private channel: BroadcastChannel | undefined;
  private memory: Profile = emptyProfile();

  constructor(private readonly onOtherTab: () => void) {
    try {
      this.store = createStore(DB_NAME, STORE_NAME);
    } catch {
      this.persistent = false;
    }
    if (typeof BroadcastChannel === "function") {
      this.channel = new BroadcastChannel(CHANNEL);
      this.channel.onmessage = () => this.onOtherTab();
    }
  }

  close(): void {
    this.channel?.close();
    this.channel = undefined;
  }

  async read(): Promise<ReadResult> {
    const { parseProfile } = await loadParse();
    if (!this.store || !this.persistent) return { profile: this.memory };
    let raw: unknown;
    try {
      raw = await get(KEY, this.store);
    } catch {
      this.persistent = false;
      return { profile: this.memory };
    }
    const parsed = parseProfile(raw);
    if (parsed.ok) return { profile: parsed.profile };
    // Reset rather than half-use it; the message says what was wrong.
    await this.replace(emptyProfile());
    return { profile: emptyProfile(), problem: parsed.problem };
  }

  /** Applies `change` to the latest stored profile (another tab may have written since). */
  async change(change: (profile: Profile) => Profile): Promise<Profile> {
    const { parseProfile } = await loadParse();
    if (!this.store || !this.persistent) {
      this.memory = change(this.memory);
      return this.memory;
    }
    let next: Profile = emptyProfile();
    try {
      await update<unknown>(
        KEY,
        (old) => {
          const parsed = parseProfile(old);
          next = change(parsed.ok ? parsed.profile : emptyProfile());
          return next;
        },
        this.store,
      );
    } catch {
      this.persistent = false;
      this.memory = next;
      return next;
    }
    this.channel?.postMessage("changed");
    return next;
  }

  async replace(profile: Profile): Promise<void> {
    await this.change(() => profile);
  }

  /** "Clear my data": the record is deleted, not just emptied. */
  async clear(): Promise<void> {
    this.memory = emptyProfile();
    if (this.store && this.persistent) {
      try {
        await del(KEY, this.store);
      } catch {
        this.persistent = false;
      }
    }
    this.channel?.postMessage("changed");
  }
}
