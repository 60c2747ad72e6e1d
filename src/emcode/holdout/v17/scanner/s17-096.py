import logging

logger = logging.getLogger(__name__)


class SearchService:
    def __init__(self, index):
        self.index = index

    def query(self, term: str):
        logger.info("search term: %r", term[:200])
        return [doc for doc in self.index if term in doc]
