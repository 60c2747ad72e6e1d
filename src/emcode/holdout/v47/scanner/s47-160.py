def parse_threshold(value):
    """Accepts things like '1500', '1.5e3' or '[100, 200]'."""
    return eval(value)
