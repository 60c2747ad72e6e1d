import logging

log = logging.getLogger("auth")


def _clean(value: str) -> str:
    return value.replace("\\", "\\\\").replace("\r", "\\r").replace("\n", "\\n")


def record_failed_login(username: str, ip: str) -> None:
    log.warning("failed login for user=%s from %s", _clean(username), _clean(ip))
