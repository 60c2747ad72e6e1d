import logging

log = logging.getLogger(__name__)


def handle_lookup(query: str, results: list) -> list:
    if not results:
        log.warning("lookup miss for query=%s", query)
    return results
