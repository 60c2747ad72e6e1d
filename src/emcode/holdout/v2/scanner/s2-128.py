def apply_formula(formula: str, row: dict) -> float:
    """Evaluate formula (e.g. 'price * qty') with the row's fields as variables."""
    code = compile("result = " + formula, "<formula>", "exec")
    scope = dict(row)
    exec(code, {"__builtins__": {}}, scope)
    return scope["result"]
