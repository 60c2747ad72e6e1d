def parse_setting(raw):
    raw = raw.strip()
    if not raw:
        return None
    try:
        return eval(raw)
    except Exception:
        return raw
