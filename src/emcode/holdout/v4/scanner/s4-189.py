import logging

audit_log = logging.getLogger("audit")


def _neutral(text: str) -> str:
    return text.encode("unicode_escape").decode("ascii")[:200]


def record_action(user_name: str, action: str) -> None:
    audit_log.info("user %s performed %s", _neutral(user_name), _neutral(action))
