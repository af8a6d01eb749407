// Entry point of revoke/action.yml (runs.main).
import { describeError } from "../errors.js";
import { runStep } from "./log.js";
import { revokeAction } from "./revoke.js";

await runStep(() => revokeAction(), describeError);
