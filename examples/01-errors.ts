// Run: pnpm --filter @nrmkit/examples exec tsx 01-errors.ts
// Prints how nrmkit errors carry a machine-readable code beside a readable message.
import { isNrmkitError, NrmkitError } from "@nrmkit/core";
import { ValidationError } from "@nrmkit/validation";

try {
  throw new ValidationError([
    {
      code: "invalid_date",
      path: ["meetings", 0, "date"],
      message: "meetings.0.date: expected YYYY-MM-DD, received 16.04.2014",
    },
  ]);
} catch (error) {
  if (isNrmkitError(error, "validation_failed") && error instanceof ValidationError) {
    console.log(
      error.code,
      error.issues.map((issue) => issue.path.join(".")),
    );
  }
}
console.log(new NrmkitError("not_found", "taskForce: expected an existing id, received tf-x").message);
