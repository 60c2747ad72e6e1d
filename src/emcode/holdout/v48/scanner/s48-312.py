def booking_confirmation_html(student_name, tutor_name, subject, when):
    lines = [
        "<html><body>",
        "<p>Dear {},</p>".format(student_name),
        "<p>Your {} lesson with {} is booked for {}.</p>".format(subject, tutor_name, when),
        "</body></html>",
    ]
    return "\n".join(lines)
