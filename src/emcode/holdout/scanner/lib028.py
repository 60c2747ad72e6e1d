def evaluate_formula(formula: str, variables: dict) -> float:
    """Evaluate a spreadsheet-style formula with the given variables."""
    return float(eval(formula, {}, variables))
