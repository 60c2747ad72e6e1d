import logging

log = logging.getLogger("auth")


def _clean(value: str) -> str:
    return value.replace("\\", "\\\\").replace("\r", "\\r").replace("\n", "\\n")


def record_login(username: str, ok: bool) -> None:
    who = _clean(username)
    if ok:
        log.info("login succeeded for user=%s", who)
    else:
        log.warning("login FAILED for user=%s", who)
