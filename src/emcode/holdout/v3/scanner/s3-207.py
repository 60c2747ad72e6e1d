def evaluate_formula(formula: str, cells: dict) -> float:
    return eval(formula, {"__builtins__": {}}, dict(cells))
