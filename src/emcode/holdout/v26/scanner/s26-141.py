import logging

logger = logging.getLogger("auth")


def record_failed_login(username: str, ip: str) -> None:
    logger.warning("failed login user=%r ip=%s", username[:64], ip)
