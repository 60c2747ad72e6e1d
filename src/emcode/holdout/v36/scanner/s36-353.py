import re

CODE = re.compile(r"[A-Z]{2,4}\d{3}")


def looks_like_code_list(text):
    items = [t.strip() for t in text.split(",") if t.strip()]
    return bool(items) and all(CODE.fullmatch(t) for t in items)
