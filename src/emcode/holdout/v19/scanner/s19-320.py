import operator

OPS = {"==": operator.eq, "!=": operator.ne, "<": operator.lt, ">": operator.gt}


def filter_records(records, field, op, value):
    fn = OPS.get(op)
    if fn is None:
        raise ValueError(f"unsupported operator {op!r}")
    return [r for r in records if field in r and fn(r[field], value)]
