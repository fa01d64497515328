// Validate FHIR R4 resources with FHIR.js (the R4 StructureDefinitions and value sets
// it bundles). Reads a JSON array of resources from the file named by the first
// argument; prints a JSON array with, for each resource, its error messages.
"use strict";
const fs = require("fs");
const { Fhir } = require("fhir");

// FHIR.js 4.12 reports a choice element (value[x]) as missing when its value is 0 or
// false: it tests presence by truthiness. Such a report is dropped only when the
// element really holds a value[x] key there; every other report is kept.

// A path such as Task.input[3] or Bundle.entry[0].resource, from the resource's type.
function walk(node, path) {
  for (const step of path.split(".").slice(1)) {
    const match = /^([A-Za-z]+)(?:\[(\d+)\])?$/.exec(step);
    if (!match || node == null) return undefined;
    node = node[match[1]];
    if (match[2] !== undefined) node = Array.isArray(node) ? node[Number(match[2])] : undefined;
  }
  return node;
}

function present(resource, message) {
  const inside = message.resourceId ? walk(resource, message.resourceId) : resource;
  const at = message.location.lastIndexOf(".");
  const last = message.location.slice(at + 1);
  if (at < 0 || !last.endsWith("[x]")) return false;
  const node = walk(inside, message.location.slice(0, at));
  const prefix = last.slice(0, -3);
  return node != null && Object.keys(node).some((key) => key.startsWith(prefix) && key !== prefix);
}

const fhir = new Fhir();
const resources = JSON.parse(fs.readFileSync(process.argv[2], "utf8"));
const results = resources.map((resource) =>
  fhir
    .validate(resource, { errorOnUnexpected: true })
    .messages.filter((m) => m.severity === "error")
    .filter((m) => !(m.message === "Missing property" && present(resource, m)))
    .map((m) => `${m.location}: ${m.message}`),
);
process.stdout.write(JSON.stringify(results));
