from html import escape

COLORS = {"open": "green", "hold": "orange", "closed": "red"}


def lift_badge(lift_name, status, wait_minutes):
    color = COLORS.get(status, "gray")
    return '<span class="badge {}">{} &ndash; {} ({} min)</span>'.format(
        color, escape(lift_name), escape(status), int(wait_minutes)
    )
