import logging

logger = logging.getLogger(__name__)


def log_search(query: str, hits: int) -> None:
    logger.info("search query=%r hits=%d", query, hits)
