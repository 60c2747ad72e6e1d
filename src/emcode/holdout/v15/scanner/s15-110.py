import smtplib

SMTP_HOST = "smtp.mailgun.org"
SMTP_USER = "postmaster@mg.example.com"
SMTP_PASS = "9f1c2e7a44b0d6c3e8f1"


def smtp_client():
    s = smtplib.SMTP(SMTP_HOST, 587, timeout=10)
    s.starttls()
    s.login(SMTP_USER, SMTP_PASS)
    return s
