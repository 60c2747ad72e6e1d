import logging

logger = logging.getLogger("search")


def record_search(term, results):
    logger.info("search: " + term + " -> " + str(len(results)) + " hits")
    return results
