import os
import smtplib
import ssl
from email.message import EmailMessage


def notify_holder(address, claim_ref):
    msg = EmailMessage()
    msg["From"] = "claims@acme-insure.example"
    msg["To"] = address
    msg["Subject"] = f"Update on claim {claim_ref}"
    msg.set_content("Your claim has been approved. Payment follows within 3 working days.")
    ctx = ssl.create_default_context()
    with smtplib.SMTP(os.environ["SMTP_HOST"], 587, timeout=20) as s:
        s.starttls(context=ctx)
        s.login(os.environ["SMTP_USER"], os.environ["SMTP_PASSWORD"])
        s.send_message(msg)
