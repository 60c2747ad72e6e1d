import operator

OPS = {"eq": operator.eq, "ne": operator.ne, "gt": operator.gt, "lt": operator.lt, "in": lambda a, b: a in b}


def matches(record, rule):
    field, op, value = rule["field"], rule["op"], rule["value"]
    if op not in OPS:
        raise ValueError(f"unknown operator {op!r}")
    return OPS[op](record.get(field), value)


def route_ticket(ticket, rules):
    for rule in rules:
        if all(matches(ticket, c) for c in rule["when"]):
            return rule["queue"]
    return "default"
