// Entry point of migrate/action.yml (runs.main).
import { migrateAction } from "./migrate.js";
import { runStep } from "./run-step.js";

await runStep("migrate", (context) => migrateAction(process.env, context));
