/**
 * Typed events: one class per event, bubbling and composed so they cross shadow roots up to
 * the app, which is the only element that changes state.
 */
import type { ItemFilter, RouteQuery, View } from "../../state/types.ts";

abstract class CpEvent<T> extends Event {
  readonly detail: T;
  constructor(type: string, detail: T) {
    super(type, { bubbles: true, composed: true });
    this.detail = detail;
  }
}

/** A node (role, skill or tool) was chosen; null clears the focus. */
export class NodeSelectEvent extends CpEvent<{ id: string | null }> {
  static readonly type = "cp-node-select";
  constructor(id: string | null) {
    super(NodeSelectEvent.type, { id });
  }
}

/** The set of compared roles should become `ids`. */
export class CompareChangeEvent extends CpEvent<{ ids: string[] }> {
  static readonly type = "cp-compare-change";
  constructor(ids: string[]) {
    super(CompareChangeEvent.type, { ids });
  }
}

/** Part of the route question changed. */
export class RouteQueryEvent extends CpEvent<{ patch: Partial<RouteQuery> }> {
  static readonly type = "cp-route-query";
  constructor(patch: Partial<RouteQuery>) {
    super(RouteQueryEvent.type, { patch });
  }
}

/** Another route (0 = best, 1… alternatives) was picked. */
export class RouteChoiceEvent extends CpEvent<{ index: number }> {
  static readonly type = "cp-route-choice";
  constructor(index: number) {
    super(RouteChoiceEvent.type, { index });
  }
}

export class ViewChangeEvent extends CpEvent<{ view: View }> {
  static readonly type = "cp-view-change";
  constructor(view: View) {
    super(ViewChangeEvent.type, { view });
  }
}

/** Another data set (a catalog entry's id) was chosen. */
export class DataSetChangeEvent extends CpEvent<{ id: string }> {
  static readonly type = "cp-data-set-change";
  constructor(id: string) {
    super(DataSetChangeEvent.type, { id });
  }
}

/** The "all skills and tools" layer was switched or filtered. */
export class LayerChangeEvent extends CpEvent<{ items: boolean; filter: ItemFilter }> {
  static readonly type = "cp-layer-change";
  constructor(items: boolean, filter: ItemFilter) {
    super(LayerChangeEvent.type, { items, filter });
  }
}

/** A combobox option was picked. */
export class OptionPickEvent extends CpEvent<{ id: string }> {
  static readonly type = "cp-option-pick";
  constructor(id: string) {
    super(OptionPickEvent.type, { id });
  }
}

/**
 * Items were added to (`have: true`) or removed from the person's skill profile ("My skills").
 * Any element listing items may fire it; the app owns the profile.
 */
export class HaveChangeEvent extends CpEvent<{ ids: string[]; have: boolean }> {
  static readonly type = "cp-have-change";
  constructor(ids: string[], have: boolean) {
    super(HaveChangeEvent.type, { ids, have });
  }
}

/** A change to the learning plan (see src/state/profile.ts). */
export type PlanChange =
  | {
      kind: "create";
      plan: { to: string; from: string | null; steps: { role: string; items: string[] }[] };
    }
  | { kind: "status"; item: string; status: "todo" | "learning" | "done" }
  | { kind: "note"; target: string; text: string }
  | { kind: "remove" };

export class PlanChangeEvent extends CpEvent<PlanChange> {
  static readonly type = "cp-plan-change";
  constructor(change: PlanChange) {
    super(PlanChangeEvent.type, change);
  }
}

/** Something to do with the person's own data as a whole. */
export type ProfileAction =
  | { kind: "export-profile" }
  | { kind: "import-profile"; file: File }
  | { kind: "clear" }
  | { kind: "share" }
  | { kind: "export-plan" }
  | { kind: "print-plan" }
  | { kind: "accept-shared" }
  | { kind: "dismiss-shared" };

export class ProfileActionEvent extends CpEvent<ProfileAction> {
  static readonly type = "cp-profile-action";
  constructor(action: ProfileAction) {
    super(ProfileActionEvent.type, action);
  }
}

/** The graph view has drawn its first frame and accepts input. */
export class GraphReadyEvent extends CpEvent<Record<string, never>> {
  static readonly type = "cp-graph-ready";
  constructor() {
    super(GraphReadyEvent.type, {});
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    "cp-node-select": NodeSelectEvent;
    "cp-compare-change": CompareChangeEvent;
    "cp-route-query": RouteQueryEvent;
    "cp-route-choice": RouteChoiceEvent;
    "cp-view-change": ViewChangeEvent;
    "cp-data-set-change": DataSetChangeEvent;
    "cp-layer-change": LayerChangeEvent;
    "cp-option-pick": OptionPickEvent;
    "cp-graph-ready": GraphReadyEvent;
    "cp-have-change": HaveChangeEvent;
    "cp-plan-change": PlanChangeEvent;
    "cp-profile-action": ProfileActionEvent;
  }
}
