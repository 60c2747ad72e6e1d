import csv
import smtplib
import tempfile
from email.message import EmailMessage


def export_and_mail(rows, to_addr):
    with tempfile.NamedTemporaryFile("w+", newline="", suffix=".csv") as fh:
        csv.writer(fh).writerows(rows)
        fh.flush()
        fh.seek(0)
        data = fh.read().encode()
    msg = EmailMessage()
    msg["Subject"] = "Daily pawn export"
    msg["From"] = "reports@pawnshop.example"
    msg["To"] = to_addr
    msg.add_attachment(data, maintype="text", subtype="csv", filename="export.csv")
    with smtplib.SMTP("localhost") as s:
        s.send_message(msg)


if __name__ == "__main__":
    export_and_mail([["sku", "loan"], ["A1", "40.00"]], "owner@pawnshop.example")
