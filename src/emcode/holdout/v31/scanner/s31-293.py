import argparse
import os
import smtplib
import ssl
from email.message import EmailMessage


def send_payslip_notice(to_addr: str, period: str) -> None:
    msg = EmailMessage()
    msg["From"] = "payroll@company.example"
    msg["To"] = to_addr
    msg["Subject"] = f"Your payslip for {period} is available"
    msg.set_content("Log in to the staff portal to view it.")
    ctx = ssl.create_default_context()
    with smtplib.SMTP("smtp.company.example", 587, timeout=20) as s:
        s.starttls(context=ctx)
        s.login("payroll@company.example", os.environ["SMTP_PASSWORD"])
        s.send_message(msg)


if __name__ == "__main__":
    ap = argparse.ArgumentParser()
    ap.add_argument("to")
    ap.add_argument("period")
    a = ap.parse_args()
    send_payslip_notice(a.to, a.period)
