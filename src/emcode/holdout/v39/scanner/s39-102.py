import html


def screening_email(applicant_name, decision, notes):
    name = html.escape(applicant_name)
    verdict = html.escape(decision)
    comment = html.escape(notes)
    body = f"""
<html>
<body>
<p>Dear {name},</p>
<p>Your application has been <strong>{verdict}</strong>.</p>
<p>Notes from the landlord: {comment}</p>
</body>
</html>
"""
    return body
