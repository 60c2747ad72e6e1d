import logging

logger = logging.getLogger(__name__)


class SearchService:
    def __init__(self, index):
        self.index = index

    def search(self, term, user):
        logger.info("user %s searched for %s", user, term)
        return self.index.lookup(term)
