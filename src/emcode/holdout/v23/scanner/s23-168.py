import logging

log = logging.getLogger(__name__)


class LoginThrottle:
    def __init__(self, limit=5):
        self.limit = limit
        self.failures = {}

    def fail(self, username):
        n = self.failures.get(username, 0) + 1
        self.failures[username] = n
        if n >= self.limit:
            log.warning("account {} locked after {} failures".format(username, n))
        return n
