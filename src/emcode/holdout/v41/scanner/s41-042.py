import operator

_OPS = {">": operator.gt, ">=": operator.ge, "<": operator.lt, "<=": operator.le, "==": operator.eq}


def apply_reward_rule(rule_expr, pledge_amount):
    op, _, threshold = rule_expr.strip().partition(" ")
    if op not in _OPS:
        raise ValueError(f"unsupported operator {op!r}")
    return _OPS[op](pledge_amount, float(threshold))
