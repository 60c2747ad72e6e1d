import os
import smtplib
import ssl
from email.message import EmailMessage

import argparse


def main():
    ap = argparse.ArgumentParser(description="Email a visit reminder")
    ap.add_argument("to")
    ap.add_argument("--date", required=True)
    args = ap.parse_args()
    msg = EmailMessage()
    msg["From"] = "reminders@trialnet.example.org"
    msg["To"] = args.to
    msg["Subject"] = "Your study visit"
    msg.set_content(f"This is a reminder of your visit on {args.date}.")
    ctx = ssl.create_default_context()
    with smtplib.SMTP("smtp.trialnet.example.org", 587, timeout=20) as s:
        s.starttls(context=ctx)
        s.login("reminders", os.environ["SMTP_PASSWORD"])
        s.send_message(msg)


if __name__ == "__main__":
    main()
