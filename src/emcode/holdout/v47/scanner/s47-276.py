#!/usr/bin/env python3
import os
import smtplib
import ssl
from email.message import EmailMessage

DUE = [("MV Northern Star", "ops@northernstar.example"), ("MV Calder", "master@calder.example")]


def main():
    ctx = ssl.create_default_context()
    with smtplib.SMTP(os.environ.get("SMTP_HOST", "smtp.harbour.example"), 587, timeout=30) as smtp:
        smtp.starttls(context=ctx)
        smtp.login(os.environ["SMTP_USER"], os.environ["SMTP_PASSWORD"])
        for vessel, addr in DUE:
            msg = EmailMessage()
            msg["Subject"] = f"Lifeboat inspection due: {vessel}"
            msg["From"] = "inspections@harbour.example"
            msg["To"] = addr
            msg.set_content(f"The annual lifeboat inspection for {vessel} is due within 30 days.")
            smtp.send_message(msg)


if __name__ == "__main__":
    main()
