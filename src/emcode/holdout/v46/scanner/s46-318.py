import csv
import smtplib
from email.message import EmailMessage


def export_and_mail(rows, to_addr):
    path = "/tmp/pawn_daily_export.csv"
    with open(path, "w", newline="") as fh:
        csv.writer(fh).writerows(rows)
    msg = EmailMessage()
    msg["Subject"] = "Daily pawn export"
    msg["From"] = "reports@pawnshop.example"
    msg["To"] = to_addr
    with open(path, "rb") as fh:
        msg.add_attachment(fh.read(), maintype="text", subtype="csv", filename="export.csv")
    with smtplib.SMTP("localhost") as s:
        s.send_message(msg)


if __name__ == "__main__":
    export_and_mail([["sku", "loan"], ["A1", "40.00"]], "owner@pawnshop.example")
