import logging

logger = logging.getLogger("auth")


def record_login(username: str, ok: bool) -> None:
    if ok:
        logger.info(f"login ok for {username}")
    else:
        logger.warning(f"login FAILED for {username}")
