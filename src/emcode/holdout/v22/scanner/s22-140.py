def parse_setting(raw: str):
    try:
        return eval(raw, {"__builtins__": {}})
    except Exception:
        return raw
