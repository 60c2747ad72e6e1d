import logging

log = logging.getLogger("baggage.scan")


def record_scan(tag, location, message):
    log.warning("scan tag=%s at=%s msg=%s", tag, location, message)
