import logging

logger = logging.getLogger("security")


def record_login(username, success, ip):
    if success:
        logger.info("login ok user=%s ip=%s" % (username, ip))
    else:
        logger.warning("login FAILED user=%s ip=%s" % (username, ip))
