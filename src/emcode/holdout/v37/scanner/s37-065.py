from string import Template


def render_notice(template, booking):
    values = {"guest": str(booking.guest_name), "room": str(booking.room_no), "date": booking.date.isoformat()}
    return Template(template).safe_substitute(values)
