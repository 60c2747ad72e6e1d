def raw_contact_mail(reply_to, subject, body):
    msg = "From: noreply@example.com\n"
    msg += "To: support@example.com\n"
    msg += "Reply-To: " + reply_to + "\n"
    msg += "Subject: " + subject + "\n\n"
    msg += body
    return msg
