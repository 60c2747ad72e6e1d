import operator

_OPS = {"eq": operator.eq, "lt": operator.lt, "gt": operator.gt, "contains": operator.contains}


def make_filter(field, op, value):
    fn = _OPS[op]
    return lambda item: fn(item.get(field), value)
