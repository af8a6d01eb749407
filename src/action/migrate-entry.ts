// Entry point of migrate/action.yml (runs.main).
import { describeError } from "../errors.js";
import { runStep } from "./log.js";
import { migrateAction } from "./migrate.js";

await runStep(() => migrateAction(), describeError);
