import logging

log = logging.getLogger("ticketing.validation")


def _clean(value: str) -> str:
    return value.encode("unicode_escape").decode("ascii")[:64]


def validate_ticket(code, route, valid_codes):
    if code not in valid_codes:
        log.warning("rejected ticket code=%s on route %s", _clean(code), _clean(route))
        return False
    return True
