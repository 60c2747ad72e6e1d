import logging

log = logging.getLogger("auth")


def _neutral(value: str) -> str:
    return value.replace("\r", "\\r").replace("\n", "\\n")


def record_failed_login(username: str, ip: str) -> None:
    log.warning("failed login for user=%r from %s", _neutral(username), _neutral(ip))
