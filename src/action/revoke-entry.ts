// Entry point of revoke/action.yml (runs.main).
import { runStep } from "./run-step.js";
import { revokeAction } from "./revoke.js";

await runStep("revoke", (context) => revokeAction(process.env, context));
