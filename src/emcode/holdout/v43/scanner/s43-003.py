import logging

log = logging.getLogger(__name__)


class JobQueue:
    def __init__(self):
        self.jobs = []

    def submit(self, client, title, words):
        self.jobs.append((client, title, words))
        log.info(f"job queued client={client} title={title} words={words}")
        return len(self.jobs)
