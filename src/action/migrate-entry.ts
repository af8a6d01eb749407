// Entry point of migrate/action.yml (runs.main).
import { describeForAction } from "./hints.js";
import { runStep } from "./log.js";
import { migrateAction } from "./migrate.js";

await runStep(() => migrateAction(), describeForAction);
