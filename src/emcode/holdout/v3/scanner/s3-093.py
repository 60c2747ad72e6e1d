import logging

log = logging.getLogger(__name__)


class AccessLogger:
    def log_request(self, method, path, user_agent, status):
        log.info("%s %r ua=%r status=%d", method, path, user_agent, status)
