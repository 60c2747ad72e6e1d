import logging

logger = logging.getLogger(__name__)


def record_search(user_id: int, term: str) -> None:
    logger.info("user %d searched for %s" % (user_id, term))
