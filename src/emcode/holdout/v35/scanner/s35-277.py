import logging
import smtplib

log = logging.getLogger("mailer")


def connect(host, username, password):
    log.debug("connecting to %s as %s with password %s", host, username, password)
    s = smtplib.SMTP(host, 587)
    s.starttls()
    s.login(username, password)
    return s
