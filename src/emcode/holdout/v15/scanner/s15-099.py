import logging

log = logging.getLogger("auth")


def record_login(username, ok):
    if ok:
        log.info("login succeeded for user=%s", username)
    else:
        log.warning("login FAILED for user=" + username)
