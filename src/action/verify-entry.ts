// Entry point of verify/action.yml (runs.main).
import { describeForAction } from "./hints.js";
import { runStep } from "./log.js";
import { verifyAction } from "./verify.js";

await runStep(() => verifyAction(), describeForAction);
