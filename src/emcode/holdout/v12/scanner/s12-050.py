import csv
import io
import smtplib
from email.message import EmailMessage


def build_and_send(user, rows, smtp_host="smtp.example.com"):
    buf = io.StringIO()
    csv.writer(buf).writerows(rows)
    msg = EmailMessage()
    msg["Subject"] = "Your weekly report"
    msg["To"] = f"{user}@example.com"
    msg["From"] = "reports@example.com"
    msg.add_attachment(buf.getvalue().encode(), maintype="text", subtype="csv", filename="report.csv")
    with smtplib.SMTP(smtp_host, 587) as s:
        s.starttls()
        s.send_message(msg)
