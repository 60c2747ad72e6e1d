import re

ROUTE = re.compile(r"^(\w+-?)+\d$")


def parse_routes(text):
    return [tok for tok in text.split(",") if ROUTE.match(tok.strip())]
