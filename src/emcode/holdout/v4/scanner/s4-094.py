def parse_setting(raw):
    try:
        return eval(raw)
    except Exception:
        return raw
