// A route handler: POST a spec as JSON, get amlint's findings back.
import { validate } from "amlint";

export const dynamic = "force-dynamic";

export async function POST(request) {
  return Response.json(validate(await request.json()));
}
