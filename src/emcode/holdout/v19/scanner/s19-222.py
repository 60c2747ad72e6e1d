import logging


def parse_quantity(raw):
    try:
        return int(raw)
    except ValueError:
        logging.warning("invalid quantity received: " + raw)
        return 0
