import random
import smtplib

CODES = {}

def send_code(email):
    code = "%06d" % random.randint(0, 999999)
    CODES[email] = code
    with smtplib.SMTP("localhost") as s:
        s.sendmail("noreply@acme.io", [email], f"Subject: Your code\n\n{code}")
