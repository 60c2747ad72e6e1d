import logging

log = logging.getLogger(__name__)


def find_episode(catalogue, title):
    for ep in catalogue:
        if ep["title"] == title:
            return ep
    log.warning("episode not found: %r", title)
    return None
