import logging

log = logging.getLogger("auth")


def record_failure(username: str, ip: str) -> None:
    log.warning("failed login for user=%s from %s", username, ip)
