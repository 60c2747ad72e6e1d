import logging

logger = logging.getLogger(__name__)


def search_catalog(term, catalog):
    logger.info("search requested: %r", term)
    return [item for item in catalog if term.lower() in item.lower()]
