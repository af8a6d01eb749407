// Entry point of action.yml (runs.main).
import { describeForAction } from "./hints.js";
import { runStep } from "./log.js";
import { signAction } from "./sign.js";

await runStep(() => signAction(), describeForAction);
