import operator

OPS = {">": operator.gt, ">=": operator.ge, "<": operator.lt, "<=": operator.le, "==": operator.eq}


def flag_abnormal(results, analyte, op, limit):
    cmp = OPS[op]
    return [r for r in results if r["analyte"] == analyte and cmp(float(r["value"]), float(limit))]
