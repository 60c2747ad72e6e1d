import logging

logger = logging.getLogger("tutors.search")


def search_tutors(index, term):
    logger.info("search term: " + term)
    return [t for t in index if term.lower() in t["name"].lower()]
