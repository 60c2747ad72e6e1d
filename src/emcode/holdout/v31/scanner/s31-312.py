def convert_pace(expression, km):
    minutes_per_km = eval(expression)
    return minutes_per_km * km
