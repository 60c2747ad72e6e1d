import logging

logger = logging.getLogger("signup")


def reject_signup(email: str, reason: str) -> None:
    logger.warning("signup rejected for %r: %r", email, reason)
