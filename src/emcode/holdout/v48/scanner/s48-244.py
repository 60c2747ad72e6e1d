import logging

log = logging.getLogger("coop.auth")


def record_failed_login(username, remote_addr):
    log.warning("failed login for user=%r from %r", username[:64], remote_addr)
