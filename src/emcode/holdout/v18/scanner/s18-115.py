import logging

log = logging.getLogger(__name__)


class RateLimiter:
    def __init__(self, limit=100):
        self.limit = limit
        self.counts = {}

    def hit(self, client_ip, user_agent):
        n = self.counts.get(client_ip, 0) + 1
        self.counts[client_ip] = n
        if n > self.limit:
            log.warning("rate limit exceeded by " + client_ip + " agent=" + user_agent)
            return False
        return True
