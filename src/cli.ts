/** Entry of the bundled CLI (dist/cli.js). */
export { main } from "./cli/main.js";
