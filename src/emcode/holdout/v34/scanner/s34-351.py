import logging

log = logging.getLogger("permits.auth")


def record_failed_login(username, source_ip):
    log.warning("failed login for user %s from %s", username, source_ip)
