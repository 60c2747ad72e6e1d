import operator

OPS = {"==": operator.eq, "!=": operator.ne, ">": operator.gt, "<": operator.lt}


def parse_rule(rule: str):
    field, op, value = rule.split(None, 2)
    if op not in OPS:
        raise ValueError(f"operator {op!r} not supported")
    value = value.strip("'\"")
    return field, OPS[op], int(value) if value.isdigit() else value


def enabled(rules, user: dict) -> bool:
    for field, fn, value in map(parse_rule, rules):
        if not fn(user.get(field), value):
            return False
    return True


if __name__ == "__main__":
    print(enabled(["plan == 'pro'", "seats > 3"], {"plan": "pro", "seats": 5}))
