import logging

logger = logging.getLogger(__name__)


class SearchService:
    def __init__(self, index):
        self.index = index

    def query(self, term):
        logger.info("search term: " + term)
        return [doc for doc in self.index if term in doc]
