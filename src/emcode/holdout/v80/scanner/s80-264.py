def tariff_for(minutes, rule="0 if minutes < 20 else 2.5 + (minutes // 60) * 1.5"):
    return eval(rule, {"__builtins__": {}}, {"minutes": minutes})
