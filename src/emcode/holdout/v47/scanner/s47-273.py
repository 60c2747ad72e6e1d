import logging

log = logging.getLogger("meters.auth")


def record_failed_login(username, remote_addr):
    log.warning("failed login for %s from %s", username, remote_addr)
