import logging

audit_log = logging.getLogger("audit")


def _neutral(s: str) -> str:
    return s.replace("\\", "\\\\").replace("\r", "\\r").replace("\n", "\\n")


def record(user: str, action: str) -> None:
    audit_log.info("user=%s action=%s", _neutral(user), _neutral(action))
