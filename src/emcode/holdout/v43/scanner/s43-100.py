import smtplib


def send_booking_notice(to_addr, subject, body, host="localhost"):
    msg = f"From: bookings@bikeshare.example\r\nTo: {to_addr}\r\nSubject: {subject}\r\n\r\n{body}"
    with smtplib.SMTP(host) as s:
        s.sendmail("bookings@bikeshare.example", [to_addr], msg)
