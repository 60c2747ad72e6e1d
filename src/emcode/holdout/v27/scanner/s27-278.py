import logging

log = logging.getLogger("auth")


def record_failed_login(username, ip):
    log.warning("failed login for user=" + username + " from " + ip)
