import operator

_OPS = {"+": operator.add, "-": operator.sub, "*": operator.mul, "/": operator.truediv}


def apply_formula(left: str, op: str, right: str, row: dict) -> float:
    """Compute row[left] <op> row[right] for one of + - * /."""
    if op not in _OPS:
        raise ValueError(f"unknown operator {op!r}")
    return _OPS[op](float(row[left]), float(row[right]))
