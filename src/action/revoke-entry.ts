// Entry point of revoke/action.yml (runs.main).
import "../compile-on-main-thread.js";
import { runStep } from "./run-step.js";
import { revokeAction } from "./revoke.js";

await runStep("revoke", (context) => revokeAction(process.env, context));
