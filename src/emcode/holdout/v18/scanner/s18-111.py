import logging

logger = logging.getLogger("audit")


def record_login(username: str, ok: bool) -> None:
    outcome = "success" if ok else "failure"
    logger.info(f"login {outcome} for user {username}")
