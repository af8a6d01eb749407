// Entry point of verify/action.yml (runs.main).
import { runStep } from "./run-step.js";
import { verifyAction } from "./verify.js";

await runStep("verify", (context) => verifyAction(process.env, context));
