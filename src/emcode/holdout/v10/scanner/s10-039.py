def parse_value(raw: str):
    try:
        return eval(raw)
    except Exception:
        return raw
