import logging

logger = logging.getLogger("audit")


def _clean(value: str) -> str:
    return value.replace("\r", "\\r").replace("\n", "\\n")


def record_login(username: str, ok: bool) -> None:
    outcome = "success" if ok else "failure"
    logger.info("login %s for user %s", outcome, _clean(username))
