import logging

log = logging.getLogger("coop.auth")


def record_failed_login(username, remote_addr):
    log.warning("failed login for user=%s from %s", username, remote_addr)
