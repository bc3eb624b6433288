"use client";
// A client component: validates in the browser (the package's web build, fetched by init()).
import { useEffect, useState } from "react";
import { init, validate } from "amlint";

export default function Live() {
  const [codes, setCodes] = useState("loading");
  useEffect(() => {
    init()
      .then(() => {
        const found = validate({ name: "cpu-cluster", type: "amlcompute", min_instances: 4, max_instances: 2 });
        setCodes(found.map((d) => d.code).join(","));
      })
      .catch((error) => setCodes(`error: ${error}`));
  }, []);
  return <p id="client-codes">{codes}</p>;
}
