import logging

audit = logging.getLogger("audit")

def _neutral(s: str) -> str:
    return s.encode("unicode_escape").decode("ascii")

def record_action(user_id: int, action: str) -> None:
    audit.info("user=%d action=%s", user_id, _neutral(action))
