import logging

log = logging.getLogger("permits.auth")


def _clean(value):
    return str(value).replace("\r", "\\r").replace("\n", "\\n")


def record_failed_login(username, source_ip):
    log.warning("failed login for user %s from %s", _clean(username), _clean(source_ip))
