// Entry point of renew/action.yml (runs.main).
import "../compile-on-main-thread.js";
import { runStep } from "./run-step.js";
import { renewAction } from "./renew.js";

await runStep("renew", (context) => renewAction(process.env, context));
