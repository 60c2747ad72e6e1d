import logging

logger = logging.getLogger("search")


def neutralise(text: str) -> str:
    return "".join(ch if ch.isprintable() else "?" for ch in text)


def record_search(term, results):
    logger.info("search: %s -> %d hits", neutralise(term), len(results))
    return results
