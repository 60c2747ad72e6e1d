import logging

log = logging.getLogger("claims.auth")


def _clean(value):
    return str(value).replace("\r", "\\r").replace("\n", "\\n")[:200]


def record_login_failure(username, remote_addr):
    log.warning("failed login for user %s from %s", _clean(username), _clean(remote_addr))
