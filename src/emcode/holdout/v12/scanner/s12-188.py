import csv
import smtplib
from email.message import EmailMessage


def build_and_send(user, rows, smtp_host="localhost"):
    path = "/tmp/report_%s.csv" % user
    with open(path, "w", newline="") as fh:
        csv.writer(fh).writerows(rows)
    msg = EmailMessage()
    msg["Subject"] = "Your weekly report"
    msg["To"] = f"{user}@example.com"
    msg["From"] = "reports@example.com"
    with open(path, "rb") as fh:
        msg.add_attachment(fh.read(), maintype="text", subtype="csv", filename="report.csv")
    with smtplib.SMTP(smtp_host) as s:
        s.send_message(msg)
