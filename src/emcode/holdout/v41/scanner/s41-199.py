import logging

log = logging.getLogger("baggage.scan")


def _clean(value):
    return str(value).replace("\\", "\\\\").replace("\r", "\\r").replace("\n", "\\n")


def record_scan(tag, location, message):
    log.warning("scan tag=%s at=%s msg=%s", _clean(tag), _clean(location), _clean(message))
