#!/usr/bin/env python3
"""Checks the hand-labelled answer sets of issue 15 against the templates.

For every Tests/RubricTests/{Adversarial,Graded,HeldOut,Blind}/<problem>/<kind>.labels.json:
- the answer <kind>.md exists next to it, and "problem"/"quality" match the path;
- the label keys are exactly the trade-off ids the problem's template lists, in template order;
- every level is an integer 0-4, level 0 has no evidence and levels 1-4 have some;
- every evidence string is an exact substring of the answer file;
- holistic is an integer 0-100.
Prints one line per problem found and exits non-zero if anything is wrong.
"""
import glob
import json
import os
import sys

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, "..", "..", ".."))
SETS = ["Adversarial", "Graded", "HeldOut", "Blind", "Fresh", "Unseen"]
STEPS = ["clarify", "framing", "data", "model", "evaluation", "serving", "monitoring"]


def template_ids(problem):
    path = os.path.join(ROOT, "templates", "problems", problem + ".yaml")
    with open(path) as f:
        t = yaml.safe_load(f)
    return [r["id"] for s in STEPS for r in t["steps"][s]["tradeoffs"]]


def check(path):
    errors = []
    problem = os.path.basename(os.path.dirname(path))
    kind = os.path.basename(path)[: -len(".labels.json")]
    md = os.path.join(os.path.dirname(path), kind + ".md")
    try:
        with open(path) as f:
            doc = json.load(f)
    except (OSError, ValueError) as e:
        return [f"{path}: cannot read JSON: {e}"]
    if not os.path.exists(md):
        return [f"{path}: no answer file {md}"]
    with open(md) as f:
        answer = f.read()
    if doc.get("problem") != problem:
        errors.append(f"{path}: problem is {doc.get('problem')!r}, folder says {problem!r}")
    if doc.get("quality") != kind:
        errors.append(f"{path}: quality is {doc.get('quality')!r}, file name says {kind!r}")
    h = doc.get("holistic")
    if not isinstance(h, int) or not 0 <= h <= 100:
        errors.append(f"{path}: holistic {h!r} is not an integer 0-100")
    try:
        ids = template_ids(problem)
    except OSError:
        return errors + [f"{path}: no template templates/problems/{problem}.yaml"]
    labels = doc.get("labels", {})
    if list(labels) != ids:
        missing = [i for i in ids if i not in labels]
        extra = [i for i in labels if i not in ids]
        errors.append(f"{path}: label ids differ from the template (missing {missing}, extra {extra}, or out of order)")
    for tid, lab in labels.items():
        level, evidence = lab.get("level"), lab.get("evidence", [])
        if not isinstance(level, int) or not 0 <= level <= 4:
            errors.append(f"{path}: {tid}: level {level!r} is not 0-4")
            continue
        if level == 0 and evidence:
            errors.append(f"{path}: {tid}: level 0 with evidence")
        if level > 0 and not evidence:
            errors.append(f"{path}: {tid}: level {level} without evidence")
        for e in evidence:
            if e not in answer:
                errors.append(f"{path}: {tid}: evidence not verbatim in {os.path.basename(md)}: {e[:70]!r}")
    return errors


def main():
    files = sorted(p for s in SETS for p in glob.glob(os.path.join(HERE, "..", s, "*", "*.labels.json")))
    if not files:
        sys.exit("check_labels.py: no labels files found under Tests/RubricTests/{Adversarial,Graded,HeldOut,Blind}")
    errors = []
    for p in files:
        errs = check(os.path.normpath(p))
        errors += errs
        if not errs:
            with open(p) as f:
                doc = json.load(f)
            levels = [l["level"] for l in doc["labels"].values()]
            rel = os.path.relpath(os.path.normpath(p), ROOT)
            print(f"ok  {rel}: holistic {doc['holistic']}, mean level {sum(levels) / len(levels):.2f}")
    for e in errors:
        print(e, file=sys.stderr)
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
