import re

ROUTE = re.compile(r"[A-Z]{1,3}-\d{1,3}")


def parse_routes(text):
    return [tok.strip() for tok in text.split(",") if ROUTE.fullmatch(tok.strip())]
