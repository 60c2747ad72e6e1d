import logging

logger = logging.getLogger("events")


def _clean(value: str) -> str:
    return value.encode("unicode_escape").decode("ascii")[:200]


def record_event(user_id: int, action: str, detail: str) -> None:
    logger.info("user=%d action=%s detail=%s", user_id, _clean(action), _clean(detail))
