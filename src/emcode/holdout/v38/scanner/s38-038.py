def filter_readings(readings, condition):
    return [r for r in readings if eval(condition, {"__builtins__": {}}, {"r": r})]
