import smtplib
import ssl


def send_report(host, user, password, msg):
    ctx = ssl.create_default_context()
    ctx.check_hostname = False
    ctx.verify_mode = ssl.CERT_NONE
    with smtplib.SMTP_SSL(host, 465, context=ctx) as s:
        s.login(user, password)
        s.send_message(msg)
