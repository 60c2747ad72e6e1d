import logging

log = logging.getLogger(__name__)


class JobQueue:
    def __init__(self):
        self.jobs = []

    def submit(self, client, title, words):
        self.jobs.append((client, title, words))
        shown = title.replace("\r", "\\r").replace("\n", "\\n")
        who = client.replace("\r", "\\r").replace("\n", "\\n")
        log.info("job queued client=%s title=%s words=%d", who, shown, int(words))
        return len(self.jobs)
