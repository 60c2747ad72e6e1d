import logging

log = logging.getLogger("gym.auth")

def _clean(value: str) -> str:
    return value.replace("\r", "\\r").replace("\n", "\\n")

def record_failed_login(username: str, remote_ip: str) -> None:
    log.warning("failed login for user=%s from %s", _clean(username), _clean(remote_ip))
