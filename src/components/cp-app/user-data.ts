/**
 * Data the user brings and takes away: opening files (picker or drag and drop) with progress and
 * a dialog of located errors, and the exports (graph as JSON/GEXF/GraphML, view as PNG/SVG,
 * route or comparison as Markdown). The format code loads on first use, so the first view stays
 * light; parsing and checking run in the graph worker.
 */
import type { ReactiveController, ReactiveControllerHost } from "lit";
import type { DocumentError } from "../../data/errors.ts";
import { type ImportFile, MAX_IMPORT_BYTES } from "../../data/formats/types.ts";
import type { ExportChoice } from "../cp-data-menu/cp-data-menu.ts";
import type { ImportStatus } from "../cp-import-dialog/cp-import-dialog.ts";
import type { DataSetController } from "./data-sets.ts";
import { copyText, saveFile } from "./save-file.ts";

export interface ExportSources {
  /** The current view as an image (cp-graph-view's exportImage). */
  image(format: "png" | "svg"): Promise<Blob | undefined>;
  /** The route or comparison on show as Markdown, if any. */
  markdown(what: "route" | "compare"): Promise<string | undefined>;
}

export class UserDataController implements ReactiveController {
  status: ImportStatus | undefined;
  /** The latest open(); an older one that finishes later leaves the dialog to it. */
  private opening = 0;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly data: DataSetController,
    private readonly onImported: (warnings: DocumentError[]) => void,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    // Drop a graph file anywhere on the explorer to open it.
    this.host.addEventListener("dragover", this.onDragOver);
    this.host.addEventListener("drop", this.onDrop);
  }

  hostDisconnected(): void {
    this.host.removeEventListener("dragover", this.onDragOver);
    this.host.removeEventListener("drop", this.onDrop);
  }

  private readonly onDragOver = (e: DragEvent) => {
    if (e.dataTransfer?.types.includes("Files")) e.preventDefault();
  };

  private readonly onDrop = (e: DragEvent) => {
    const files = [...(e.dataTransfer?.files ?? [])];
    if (files.length === 0) return;
    e.preventDefault();
    void this.open(files);
  };

  /** Reads the files (with progress), then has the worker parse and check them. */
  async open(files: File[]): Promise<void> {
    const ticket = ++this.opening;
    const show = (status: ImportStatus | undefined) => {
      if (ticket === this.opening) this.show(status);
    };
    const name = files.map((f) => f.name).join(" + ");
    const size = files.reduce((sum, f) => sum + f.size, 0);
    if (size > MAX_IMPORT_BYTES) {
      const mb = (n: number) => `${Math.round(n / 1024 / 1024)} MB`;
      show({
        file: name,
        errors: [
          {
            path: "",
            message: `is ${mb(size)}; the limit is ${mb(MAX_IMPORT_BYTES)}. Split it or leave out what you do not need.`,
          },
        ],
      });
      return;
    }
    const texts: ImportFile[] = [];
    let done = 0;
    for (const file of files) {
      show({ file: name, stage: `Reading ${file.name}…`, fraction: size ? done / size : 0 });
      const text = await readText(file, (loaded) =>
        show({
          file: name,
          stage: `Reading ${file.name}…`,
          fraction: size ? (done + loaded) / size : 1,
        }),
      ).catch((error: Error) => error);
      if (text instanceof Error) {
        show({ file: name, errors: [{ path: "", message: `cannot be read: ${text.message}` }] });
        return;
      }
      texts.push({ name: file.name, text });
      done += file.size;
    }
    show({ file: name, stage: "Checking the graph…" });
    const result = await this.data.importFiles(texts, name, (stage) => show({ file: name, stage }));
    if (!result) return show(undefined);
    if (!result.ok) return show({ file: name, errors: result.errors });
    show(undefined);
    this.onImported(result.warnings);
  }

  close(): void {
    if (this.status?.errors) this.show(undefined);
  }

  async export(choice: ExportChoice, sources: ExportSources): Promise<string> {
    const loaded = this.data.loaded;
    if (!loaded) return "Nothing to export yet.";
    const base = loaded.document.id;
    if (choice === "png" || choice === "svg") {
      const blob = await sources.image(choice);
      if (!blob) return "The view could not be drawn as an image.";
      saveFile(blob, `${base}.${choice}`);
      return `Saved the view as ${base}.${choice}.`;
    }
    if (choice === "route-md" || choice === "compare-md") {
      const what = choice === "route-md" ? "route" : "compare";
      const text = await sources.markdown(what);
      if (!text) return `No ${what === "route" ? "route" : "comparison"} to copy.`;
      const noun = what === "route" ? "Route" : "Comparison";
      if (await copyText(text)) return `${noun} copied as Markdown.`;
      saveFile(text, `${base}-${what}.md`, "text/markdown");
      return `${noun} saved as ${base}-${what}.md (the clipboard was not available).`;
    }
    const { exportGraph, EXPORT_TYPES } = await import("../../data/formats/export.ts");
    const { extension, mime } = EXPORT_TYPES[choice];
    saveFile(
      new Blob([exportGraph(loaded.document, choice)], { type: mime }),
      `${base}.${extension}`,
    );
    return `Saved the graph as ${base}.${extension}.`;
  }

  private show(status: ImportStatus | undefined): void {
    // The dialog's element is defined on first use (Lit upgrades it with the status already set).
    if (status) void import("../cp-import-dialog/cp-import-dialog.ts");
    this.status = status;
    this.host.requestUpdate();
  }
}

function readText(file: File, onProgress: (loaded: number) => void): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onprogress = (e) => onProgress(e.loaded);
    reader.onload = () => resolve(String(reader.result ?? ""));
    reader.onerror = () => reject(reader.error ?? new Error("unknown error"));
    reader.readAsText(file);
  });
}
