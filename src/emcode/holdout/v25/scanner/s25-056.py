import os
import smtplib
import ssl

CTX = ssl.create_default_context()


def send_receipt(to_addr, body):
    with smtplib.SMTP_SSL("mail.parish.example", 465, context=CTX) as s:
        s.login("receipts", os.environ["SMTP_PASS"])
        s.sendmail("receipts@parish.example", [to_addr], body)
