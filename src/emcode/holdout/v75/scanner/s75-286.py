import os
import smtplib
import ssl
from email.message import EmailMessage


def send_result_ready(to_addr, sample_id):
    msg = EmailMessage()
    msg["From"] = "results@vetlab.example.com"
    msg["To"] = to_addr
    msg["Subject"] = f"Results ready for sample {sample_id}"
    msg.set_content("Your results are available in the clinic portal.")
    ctx = ssl.create_default_context()
    with smtplib.SMTP("smtp.vetlab.example.com", 587, timeout=20) as s:
        s.starttls(context=ctx)
        s.login(os.environ["SMTP_USER"], os.environ["SMTP_PASSWORD"])
        s.send_message(msg)
