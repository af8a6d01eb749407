// Entry point of renew/action.yml (runs.main).
import { describeError } from "../errors.js";
import { runStep } from "./log.js";
import { renewAction } from "./renew.js";

await runStep(() => renewAction(), describeError);
