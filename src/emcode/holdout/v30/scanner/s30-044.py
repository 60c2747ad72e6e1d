import logging

logger = logging.getLogger(__name__)


class EpisodeSearch:
    def __init__(self, index):
        self.index = index

    def run(self, query):
        logger.info(f"search query: {query}")
        q = query.lower()
        return [e for e in self.index if q in e["title"].lower()]
