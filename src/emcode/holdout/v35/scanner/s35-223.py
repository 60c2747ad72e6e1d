import smtplib
import ssl


def open_smtp(host, user, password):
    ctx = ssl.create_default_context()
    ctx.check_hostname = False
    ctx.verify_mode = ssl.CERT_NONE
    server = smtplib.SMTP_SSL(host, 465, context=ctx)
    server.login(user, password)
    return server
