import logging

log = logging.getLogger("claims.auth")


def record_login_failure(username, remote_addr):
    log.warning("failed login for user %s from %s", username, remote_addr)
