import logging


def parse_quantity(raw: str) -> int:
    try:
        return int(raw)
    except ValueError:
        logging.warning("invalid quantity received: %s", raw.encode("unicode_escape").decode("ascii")[:100])
        return 0
