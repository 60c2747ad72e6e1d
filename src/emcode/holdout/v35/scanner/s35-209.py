import logging
import smtplib
import ssl

log = logging.getLogger("mailer")


def connect(host, username, password):
    log.debug("connecting to %r as %r", host, username)
    s = smtplib.SMTP(host, 587, timeout=30)
    s.starttls(context=ssl.create_default_context())
    s.login(username, password)
    return s
