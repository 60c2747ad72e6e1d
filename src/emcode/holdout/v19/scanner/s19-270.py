def filter_records(records, expr):
    out = []
    for r in records:
        if eval(expr, {}, dict(r)):
            out.append(r)
    return out
