import logging

log = logging.getLogger("library.auth")


def _clean(value):
    return str(value).encode("unicode_escape").decode("ascii")[:80]


def record_failed_login(card_number, ip):
    log.warning("failed login for card %s from %s", _clean(card_number), _clean(ip))
