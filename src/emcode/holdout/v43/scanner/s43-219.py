import smtplib


def smtp_client(host="smtp.gymchain.com", user="noreply@gymchain.com", password="Gym!Mail2024"):
    s = smtplib.SMTP(host, 587)
    s.starttls()
    s.login(user, password)
    return s
