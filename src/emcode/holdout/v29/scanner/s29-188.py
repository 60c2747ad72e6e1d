import logging

log = logging.getLogger("library.auth")


def record_failed_login(card_number, ip):
    log.warning("failed login for card %s from %s", card_number, ip)
