import os
import smtplib


def smtp_client(host="smtp.gymchain.com", user="noreply@gymchain.com"):
    s = smtplib.SMTP(host, 587)
    s.starttls()
    s.login(user, os.environ["SMTP_PASSWORD"])
    return s
