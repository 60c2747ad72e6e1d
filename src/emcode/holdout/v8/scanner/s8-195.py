import logging

log = logging.getLogger("auth")


def record_failed_login(username: str, ip: str) -> None:
    log.warning(f"failed login for {username} from {ip}")
