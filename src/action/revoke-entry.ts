// Entry point of revoke/action.yml (runs.main).
import { describeForAction } from "./hints.js";
import { runStep } from "./log.js";
import { revokeAction } from "./revoke.js";

await runStep(() => revokeAction(), describeForAction);
