def evaluate(expr: str) -> float:
    return float(eval(expr, {"__builtins__": {}}))
