import logging

log = logging.getLogger("enforcement.auth")


def _clean(value):
    return str(value).replace("\r", "\\r").replace("\n", "\\n")


def record_failed_login(username, terminal_id):
    log.warning("failed login for user=%s on handheld %s", _clean(username), _clean(terminal_id))
