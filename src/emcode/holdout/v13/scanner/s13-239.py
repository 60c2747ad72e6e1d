import logging

logger = logging.getLogger("audit")

def _neutral(v: str) -> str:
    return str(v).replace("\r", "\\r").replace("\n", "\\n")

def record_action(user, action):
    logger.info("user=%s action=%s", _neutral(user), _neutral(action))
