import logging

logger = logging.getLogger("auth")


def _clean(value: str) -> str:
    return value.replace("\r", "\\r").replace("\n", "\\n")


def record_login(username: str, ok: bool) -> None:
    name = _clean(username)
    if ok:
        logger.info("login ok for %s", name)
    else:
        logger.warning("login FAILED for %s", name)
