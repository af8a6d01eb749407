// Entry point of verify/action.yml (runs.main).
import { describeError } from "../errors.js";
import { runStep } from "./log.js";
import { verifyAction } from "./verify.js";

await runStep(() => verifyAction(), describeError);
