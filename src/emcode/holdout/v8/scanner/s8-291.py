def parse_setting(value):
    try:
        return eval(value)
    except Exception:
        return value
