// Entry point of action.yml (runs.main).
import { describeError } from "../errors.js";
import { runStep } from "./log.js";
import { signAction } from "./sign.js";

await runStep(() => signAction(), describeError);
