import logging

log = logging.getLogger("auth")


def _one_line(value: str) -> str:
    return value.replace("\r", "\\r").replace("\n", "\\n")


def record_failed_login(username: str, ip: str) -> None:
    log.warning("failed login for user=%s from %s", _one_line(username), _one_line(ip))
