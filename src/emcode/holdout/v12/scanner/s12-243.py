import logging

logger = logging.getLogger("security")


def _neutralise(value: str) -> str:
    return "".join(ch if ch.isprintable() else "?" for ch in value)


def record_login(username, success, ip):
    clean = _neutralise(username)
    if success:
        logger.info("login ok user=%s ip=%s", clean, ip)
    else:
        logger.warning("login FAILED user=%s ip=%s", clean, ip)
