def booking_email_html(team_name, room, start):
    body = """<p>Hi {team},</p>
<p>Your escape room <b>{room}</b> starts at {start}. Please arrive 15 minutes early.</p>
""".format(team=team_name, room=room, start=start.strftime("%H:%M"))
    return body
