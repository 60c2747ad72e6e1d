import logging

log = logging.getLogger(__name__)


class FareError(Exception):
    pass


def price_for(zones, table):
    try:
        return table[int(zones)]
    except (KeyError, ValueError) as exc:
        log.debug("fare lookup failed", exc_info=True)
        raise FareError("no fare for that number of zones") from exc
