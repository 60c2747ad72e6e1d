import re


def apply_rules(lines, rules):
    out = []
    for rule in rules:
        rx = re.compile(rule["pattern"])
        out.extend(l for l in lines if rx.search(l))
    return out
