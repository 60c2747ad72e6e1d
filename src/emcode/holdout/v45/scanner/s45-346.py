import html


def booking_email_html(team_name, room, start):
    body = """<p>Hi {team},</p>
<p>Your escape room <b>{room}</b> starts at {start}. Please arrive 15 minutes early.</p>
""".format(team=html.escape(team_name), room=html.escape(room), start=start.strftime("%H:%M"))
    return body
