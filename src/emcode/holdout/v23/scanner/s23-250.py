import smtplib


def send_contact(smtp_host, from_addr, subject, body):
    msg = "From: " + from_addr + "\r\nTo: support@clinic.example\r\nSubject: " + subject + "\r\n\r\n" + body
    with smtplib.SMTP(smtp_host) as s:
        s.sendmail(from_addr, ["support@clinic.example"], msg)
