import json
import logging

logger = logging.getLogger(__name__)


def log_search(user_id: int, query: str) -> None:
    logger.info(json.dumps({"event": "search", "user": int(user_id), "query": query}))
