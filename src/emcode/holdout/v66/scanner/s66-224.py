import smtplib

SMTP_USER = "recalls@brightsmile.example"
SMTP_PASS = "Sm1le-Recall-2025"


def send(to_addr, msg):
    with smtplib.SMTP_SSL("smtp.brightsmile.example", 465) as s:
        s.login(SMTP_USER, SMTP_PASS)
        s.sendmail(SMTP_USER, [to_addr], msg)
