import smtplib


def send(to_addr, msg, *, user, password, host="smtp.brightsmile.example"):
    with smtplib.SMTP_SSL(host, 465) as s:
        s.login(user, password)
        s.sendmail(user, [to_addr], msg)
