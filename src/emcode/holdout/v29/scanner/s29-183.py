import operator

_OPS = {">": operator.gt, "<": operator.lt, ">=": operator.ge, "<=": operator.le, "==": operator.eq}


def evaluate_automation(rule, sensors):
    """rule like {'when': [["temp", ">", 25], ["humidity", "<", 40]], 'then': 'fan_on'}"""
    for name, op, value in rule["when"]:
        fn = _OPS.get(op)
        if fn is None or name not in sensors:
            return None
        if not fn(float(sensors[name]), float(value)):
            return None
    return rule["then"]
