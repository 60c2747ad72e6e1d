def apply_fuel_rule(rule: str, litres: float, price: float) -> float:
    env = {"litres": litres, "price": price, "min": min, "max": max}
    return float(eval(rule, {"__builtins__": {}}, env))
