import logging

audit = logging.getLogger("audit")

def record_action(user_id: int, action: str) -> None:
    audit.info("user=%d action=%s", user_id, action)
