def build_booking_email(to_addr, subject, body):
    msg = "From: bookings@smileworks.example\r\n"
    msg += "To: " + to_addr + "\r\n"
    msg += "Subject: " + subject + "\r\n"
    msg += "\r\n" + body
    return msg
