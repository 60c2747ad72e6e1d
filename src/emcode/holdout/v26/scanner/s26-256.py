import logging

logger = logging.getLogger("auth")


def record_failed_login(username: str, ip: str) -> None:
    logger.warning(f"failed login user={username} ip={ip}")
