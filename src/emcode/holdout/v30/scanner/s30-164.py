import logging

log = logging.getLogger("admissions.auth")


def _clean(value, limit=64):
    text = str(value)[:limit]
    return text.encode("unicode_escape").decode("ascii")


def record_failed_login(username, ip):
    log.warning("failed login for user=%s from %s", _clean(username), _clean(ip, 45))
