import { describe, expect, it } from "vitest";
import { withArticle } from "../../src/components/shared/wording.ts";

describe("withArticle", () => {
  it("picks the article by how the data set's noun is said", () => {
    expect(withArticle("role")).toBe("a role");
    expect(withArticle("occupation")).toBe("an occupation");
    expect(withArticle("Occupation")).toBe("an Occupation");
    expect(withArticle("engineering track")).toBe("an engineering track");
    expect(withArticle("unit")).toBe("a unit");
    expect(withArticle("user role")).toBe("a user role");
    expect(withArticle("one-off job")).toBe("a one-off job");
    expect(withArticle("hour")).toBe("an hour");
    expect(withArticle("job family")).toBe("a job family");
  });
});
