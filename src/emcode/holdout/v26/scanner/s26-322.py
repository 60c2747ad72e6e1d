import json
import logging

log = logging.getLogger(__name__)


def log_search(user_id: int, query: str) -> None:
    log.info("user %d searched for %s", int(user_id), json.dumps(query))
