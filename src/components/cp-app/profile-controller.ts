/**
 * The person's profile as the app sees it: loaded once when the element connects, changed through
 * `change()` (applied here at once, then stored), and re-read when another tab writes. The data
 * set in use picks which part of the profile is "mine" (ids only mean something in one data set).
 */
import type { ReactiveController, ReactiveControllerHost } from "lit";
import { dataSetProfile, emptyProfile, type Plan, type Profile } from "../../state/profile.ts";
import type { ProfileStore } from "./profile-store.ts";

export class ProfileController implements ReactiveController {
  profile: Profile = emptyProfile();
  loaded = false;
  /** False when the browser will not keep the profile beyond this tab. */
  persistent = true;
  private store: ProfileStore | undefined;
  /** Counts connections: a store that loads after the element left is not opened. */
  private session = 0;
  /** Changes made before the store was open. */
  private pending: ((profile: Profile) => Profile)[] = [];
  private haveCache: { profile: Profile; key: string; set: ReadonlySet<string> } | undefined;

  constructor(
    private readonly host: ReactiveControllerHost,
    /** The data set whose part of the profile is in use. */
    private readonly keyOf: () => string,
    /** Tells the person something about their data (a reset store, storage unavailable). */
    private readonly tell: (message: string) => void,
    /** Calls `start` when the profile should be read: once the first view is up. */
    private readonly when: (start: () => void) => void = (start) => start(),
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    const session = ++this.session;
    this.when(async () => {
      // The IndexedDB code loads here, after the first view, not with the page's first script.
      const { ProfileStore } = await import("./profile-store.ts");
      if (session !== this.session || this.store) return;
      this.store = new ProfileStore(() => void this.reload());
      await this.reload(true);
    });
  }

  hostDisconnected(): void {
    this.session += 1;
    this.store?.close();
    this.store = undefined;
  }

  private async reload(first = false): Promise<void> {
    const store = this.store;
    if (!store) return;
    let { profile, problem } = await store.read();
    // Changes made while the store was still loading go on top of what it holds.
    for (const change of this.pending.splice(0)) profile = await store.change(change);
    if (this.store !== store) return;
    this.profile = profile;
    this.loaded = true;
    this.persistent = store.persistent;
    if (problem) this.tell(`Your saved skills could not be read (${problem}), so they were reset.`);
    if (first && !store.persistent)
      this.tell(
        "This browser does not let the page save your skills: they last until you close the tab.",
      );
    this.host.requestUpdate();
  }

  get key(): string {
    return this.keyOf();
  }

  /** The skills and tools the person has in the current data set. */
  get have(): ReadonlySet<string> {
    const key = this.key;
    if (this.haveCache?.profile !== this.profile || this.haveCache.key !== key) {
      this.haveCache = {
        profile: this.profile,
        key,
        set: new Set(dataSetProfile(this.profile, key).have),
      };
    }
    return this.haveCache.set;
  }

  get plan(): Plan | null {
    return dataSetProfile(this.profile, this.key).plan;
  }

  /** Applies `change` now and stores it (on top of whatever another tab stored meanwhile). */
  change(change: (profile: Profile, key: string) => Profile): void {
    const key = this.key;
    this.profile = change(this.profile, key);
    this.host.requestUpdate();
    const store = this.store;
    if (!store) {
      this.pending.push((p) => change(p, key));
      return;
    }
    void store
      .change((p) => change(p, key))
      .then((stored) => {
        if (this.store !== store) return;
        this.profile = stored;
        this.host.requestUpdate();
      });
  }

  async clear(): Promise<void> {
    this.profile = emptyProfile();
    this.host.requestUpdate();
    if (this.store) await this.store.clear();
    else this.pending = [() => emptyProfile()];
  }

  async toFile(): Promise<string> {
    const { profileToFile } = await import("../../state/profile-parse.ts");
    return profileToFile(this.profile);
  }

  /** Replaces the profile with a file's; returns the problem when the file is not usable. */
  async fromFile(name: string, text: string): Promise<string | null> {
    const { profileFromFile } = await import("../../state/profile-parse.ts");
    const parsed = profileFromFile(text);
    if (!parsed.ok) return `${name}: ${parsed.problem}. Your current skills are unchanged.`;
    this.profile = parsed.profile;
    this.host.requestUpdate();
    if (this.store) await this.store.replace(parsed.profile);
    else this.pending = [() => parsed.profile];
    return null;
  }
}
