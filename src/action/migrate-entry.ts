// Entry point of migrate/action.yml (runs.main).
import "../compile-on-main-thread.js";
import { migrateAction } from "./migrate.js";
import { runStep } from "./run-step.js";

await runStep("migrate", (context) => migrateAction(process.env, context));
