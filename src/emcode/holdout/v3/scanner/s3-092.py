import logging

log = logging.getLogger(__name__)


class AccessLogger:
    def log_request(self, method, path, user_agent, status):
        log.info("%s %s ua=%s status=%d", method, path, user_agent, status)
