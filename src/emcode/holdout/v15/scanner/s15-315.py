import os
import smtplib
import ssl


def smtp_client():
    host = os.environ.get("SMTP_HOST", "smtp.mailgun.org")
    s = smtplib.SMTP(host, 587, timeout=10)
    s.starttls(context=ssl.create_default_context())
    s.login(os.environ["SMTP_USER"], os.environ["SMTP_PASS"])
    return s
