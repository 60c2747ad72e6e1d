import smtplib


def send_reminder(to_addr, text, user, password, host="smtp.smileworks.example"):
    with smtplib.SMTP_SSL(host, 465) as s:
        s.login(user, password)
        s.sendmail(user, [to_addr], text)
