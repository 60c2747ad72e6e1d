import logging

logger = logging.getLogger("events")


def record_event(user_id: int, action: str, detail: str) -> None:
    logger.info(f"user={user_id} action={action} detail={detail}")
