import smtplib
import ssl


def open_smtp(host, user, password):
    ctx = ssl.create_default_context()
    server = smtplib.SMTP(host, 587, timeout=30)
    server.starttls(context=ctx)
    server.login(user, password)
    return server
