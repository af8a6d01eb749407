// Entry point of action.yml (runs.main).
import "../compile-on-main-thread.js";
import { connectEarlyFromInputs } from "./early-connect.js";

// Before the action's code is loaded, and started before it is: their set-up overlaps the loading.
await connectEarlyFromInputs("sign", process.env);
const [{ runStep }, { signAction }] = await Promise.all([import("./run-step.js"), import("./sign.js")]);

await runStep("sign", (context) => signAction(process.env, context));
