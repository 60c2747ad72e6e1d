import logging

log = logging.getLogger("admissions.auth")


def record_failed_login(username, ip):
    log.warning("failed login for user=%s from %s", username, ip)
