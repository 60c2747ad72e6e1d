import logging

audit_log = logging.getLogger("audit")


def record(user: str, action: str) -> None:
    audit_log.info(f"user={user} action={action}")
