declare module "cytoscape-svg" {
  import type { Ext } from "cytoscape";

  const register: Ext;
  export default register;
}
