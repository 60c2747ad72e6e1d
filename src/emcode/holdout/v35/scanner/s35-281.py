import argparse
import os
import smtplib
import ssl
from email.message import EmailMessage


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("to")
    ap.add_argument("subject")
    ap.add_argument("body_file")
    a = ap.parse_args()
    msg = EmailMessage()
    msg["From"] = "letters@newsletterhub.example"
    msg["To"] = a.to
    msg["Subject"] = a.subject
    with open(a.body_file, encoding="utf-8") as fh:
        msg.set_content(fh.read())
    with smtplib.SMTP(os.environ["SMTP_HOST"], 587, timeout=30) as s:
        s.starttls(context=ssl.create_default_context())
        s.login(os.environ["SMTP_USER"], os.environ["SMTP_PASSWORD"])
        s.send_message(msg)
    print("sent")


if __name__ == "__main__":
    main()
