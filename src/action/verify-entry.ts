// Entry point of verify/action.yml (runs.main).
import "../compile-on-main-thread.js";
import { connectEarlyFromInputs } from "./early-connect.js";

// Before the action's code is loaded, and started before it is: their set-up overlaps the loading.
await connectEarlyFromInputs("verify", process.env);
const [{ runStep }, { verifyAction }] = await Promise.all([import("./run-step.js"), import("./verify.js")]);

await runStep("verify", (context) => verifyAction(process.env, context));
