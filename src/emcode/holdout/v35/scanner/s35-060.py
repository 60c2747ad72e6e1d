import logging

log = logging.getLogger("shelter.auth")


def record_failed_login(username, ip):
    log.warning("failed login for user %s from %s", username, ip)
