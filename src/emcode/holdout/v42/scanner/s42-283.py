import logging

log = logging.getLogger("enforcement.auth")


def record_failed_login(username, terminal_id):
    log.warning("failed login for user=%s on handheld %s", username, terminal_id)
