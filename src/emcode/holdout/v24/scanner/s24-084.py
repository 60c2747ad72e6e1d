import os
import smtplib


def contact_form_mail(name, reply_to, body):
    message = (
        "From: web@recipes.example\r\n"
        "To: editors@recipes.example\r\n"
        "Reply-To: " + reply_to + "\r\n"
        "Subject: Contact form: " + name + "\r\n\r\n" + body
    )
    with smtplib.SMTP(os.environ["SMTP_HOST"], 25, timeout=20) as s:
        s.sendmail("web@recipes.example", ["editors@recipes.example"], message)
