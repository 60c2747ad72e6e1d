import logging

logger = logging.getLogger(__name__)


def log_batch_result(batch_id: int, accepted: int, rejected: int) -> None:
    logger.info("find batch %d processed: %d accepted, %d rejected", batch_id, accepted, rejected)
