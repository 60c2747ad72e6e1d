def visit_reminder_html(participant_name, visit_date, site_name):
    parts = [
        "<html><body>",
        "<p>Dear " + participant_name + ",</p>",
        "<p>Your next study visit is on <strong>" + visit_date + "</strong> at " + site_name + ".</p>",
        "</body></html>",
    ]
    return "\n".join(parts)
