import logging

logger = logging.getLogger(__name__)


def log_search(query: str, hits: int) -> None:
    logger.info(f"search query={query} hits={hits}")
