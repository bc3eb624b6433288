"use client";
// A client component: validates in the browser (the package's web build: the form module fetched
// by init(), then the full module by loadFull() for YAML text).
import { useEffect, useState } from "react";
import { init, loadFull, validate } from "amlint";

export default function Live() {
  const [codes, setCodes] = useState("loading");
  useEffect(() => {
    init()
      .then(async () => {
        const found = validate({ name: "cpu-cluster", type: "amlcompute", min_instances: 4, max_instances: 2 });
        await loadFull();
        const text = validate("name: cpu-cluster\ntype: amlcompute\nmin_instances: 4\nmax_instances: 2\n");
        setCodes(`${found.map((d) => d.code).join(",")};${text.map((d) => `${d.code}@${d.line}`).join(",")}`);
      })
      .catch((error) => setCodes(`error: ${error}`));
  }, []);
  return <p id="client-codes">{codes}</p>;
}
