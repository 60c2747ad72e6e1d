import logging

log = logging.getLogger("ticketing.validation")


def validate_ticket(code, route, valid_codes):
    if code not in valid_codes:
        log.warning("rejected ticket code=" + code + " on route " + route)
        return False
    log.info("accepted ticket on route %s", route)
    return True
