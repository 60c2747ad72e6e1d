import logging

log = logging.getLogger("auth")


def _neutral(value: str) -> str:
    return value.encode("unicode_escape").decode("ascii")[:128]


def record_failed_login(username: str, ip: str) -> None:
    log.warning("failed login for %s from %s", _neutral(username), _neutral(ip))
