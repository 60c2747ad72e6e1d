import re

ROUTE = re.compile(r"^(\w+|\w+-\w+)*:\d{2}$")


def parse_route_code(code):
    m = ROUTE.match(code)
    return m.group(0) if m else None
