import operator

OPS = {"==": operator.eq, "!=": operator.ne, "<": operator.lt, "<=": operator.le, ">": operator.gt, ">=": operator.ge}


def vendor_matches(vendor, field, op, value):
    fn = OPS.get(op)
    if fn is None or field not in vendor:
        return False
    return fn(vendor[field], value)
