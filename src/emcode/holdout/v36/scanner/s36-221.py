import smtplib


def send_reminder(to_addr, text):
    with smtplib.SMTP_SSL("smtp.smileworks.example", 465) as s:
        s.login("reminders@smileworks.example", "R3m1nd3r!Clinic")
        s.sendmail("reminders@smileworks.example", [to_addr], text)
