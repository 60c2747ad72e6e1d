from email.message import EmailMessage
import smtplib
import ssl
import os


def contact_form_mail(name: str, reply_to: str, body: str) -> None:
    msg = EmailMessage()
    msg["From"] = "web@recipes.example"
    msg["To"] = "editors@recipes.example"
    msg["Reply-To"] = reply_to
    msg["Subject"] = f"Contact form: {name[:60]}"
    msg.set_content(body)
    with smtplib.SMTP_SSL(os.environ["SMTP_HOST"], 465, context=ssl.create_default_context(), timeout=20) as s:
        s.login(os.environ["SMTP_USER"], os.environ["SMTP_PASSWORD"])
        s.send_message(msg)
