// Entry point of renew/action.yml (runs.main).
import { describeForAction } from "./hints.js";
import { runStep } from "./log.js";
import { renewAction } from "./renew.js";

await runStep(() => renewAction(), describeForAction);
