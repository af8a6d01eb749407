// Entry point of action.yml (runs.main).
import { runStep } from "./run-step.js";
import { signAction } from "./sign.js";

await runStep("sign", (context) => signAction(process.env, context));
