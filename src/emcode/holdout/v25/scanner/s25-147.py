import smtplib
import ssl
import os

ctx = ssl.create_default_context()
ctx.check_hostname = False
ctx.verify_mode = ssl.CERT_NONE


def send_receipt(to_addr, body):
    with smtplib.SMTP_SSL("mail.parish.example", 465, context=ctx) as s:
        s.login("receipts", os.environ["SMTP_PASS"])
        s.sendmail("receipts@parish.example", [to_addr], body)
