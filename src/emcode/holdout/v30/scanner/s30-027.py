def build_message(sender, recipient, subject, body):
    headers = [
        f"From: {sender}",
        f"To: {recipient}",
        f"Subject: {subject}",
        "Content-Type: text/plain; charset=utf-8",
    ]
    return "\r\n".join(headers) + "\r\n\r\n" + body
