import re

ROUTE = re.compile(r"^/(([a-z]+/?)*)+\.json$")


def is_json_route(path: str) -> bool:
    return ROUTE.match(path) is not None
