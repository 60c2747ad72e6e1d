import smtplib
import ssl


def send_via(host, user, password, msg):
    ctx = ssl._create_unverified_context()
    with smtplib.SMTP_SSL(host, 465, context=ctx) as smtp:
        smtp.login(user, password)
        smtp.send_message(msg)
