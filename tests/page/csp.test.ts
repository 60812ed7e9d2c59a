import { describe, expect, it } from "vitest";
import { CSP_DIRECTIVES, cspDevHeader, cspHeader, cspMeta } from "../../src/page/csp.ts";

const directives = (policy: string) =>
  new Map(
    policy.split(";").map((d) => {
      const [name = "", ...values] = d.trim().split(/\s+/);
      return [name, values.join(" ")];
    }),
  );

describe("the Content-Security-Policy", () => {
  it("allows no inline script or style and no eval, in any of its forms", () => {
    for (const policy of [cspHeader(), cspMeta()]) expect(policy).not.toMatch(/unsafe-|\*/);
    expect(cspDevHeader()).not.toMatch(/unsafe-eval|\*/);
    expect(directives(cspDevHeader()).get("script-src")).toBe("'self'");
  });

  it("leaves header-only directives out of the meta tag, and nothing else", () => {
    const header = directives(cspHeader());
    const meta = directives(cspMeta());
    expect(header.get("frame-ancestors")).toBe("'self'");
    expect(meta.has("frame-ancestors")).toBe(false);
    expect([...meta.keys()]).toEqual(
      Object.keys(CSP_DIRECTIVES).filter((name) => name !== "frame-ancestors"),
    );
  });

  it("lets ?src= documents come from any HTTPS origin, and nothing load plugins or rebase URLs", () => {
    const header = directives(cspHeader());
    expect(header.get("connect-src")).toBe("'self' https:");
    expect(header.get("object-src")).toBe("'none'");
    expect(header.get("base-uri")).toBe("'none'");
  });
});
