def screening_email(applicant_name, decision, notes):
    body = f"""
<html>
<body>
<p>Dear {applicant_name},</p>
<p>Your application has been <strong>{decision}</strong>.</p>
<p>Notes from the landlord: {notes}</p>
</body>
</html>
"""
    return body
