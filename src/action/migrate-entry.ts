// Entry point of migrate/action.yml (runs.main).
import { migrateAction } from "./migrate.js";
import { runStep } from "./run-step.js";

await runStep("migrate", () => migrateAction(process.env));
