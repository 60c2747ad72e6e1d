import operator

OPS = {"<": operator.lt, "<=": operator.le, ">": operator.gt, ">=": operator.ge, "==": operator.eq}


def filter_readings(readings, op, threshold):
    fn = OPS[op]
    limit = float(threshold)
    return [r for r in readings if fn(r, limit)]
