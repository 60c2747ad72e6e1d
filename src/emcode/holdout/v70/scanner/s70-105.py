def build_message(sender, recipient, subject, body):
    headers = f"From: {sender}\r\nTo: {recipient}\r\nSubject: {subject}\r\n"
    return headers + "\r\n" + body
