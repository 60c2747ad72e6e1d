import string


class _Fields(dict):
    def __missing__(self, key):
        return ""


def format_receipt(fmt, booking):
    fields = _Fields(team=str(booking.team), room=str(booking.room), start=booking.start.strftime("%d %b %H:%M"))
    for _, name, spec, conv in string.Formatter().parse(fmt):
        if name is not None and (not name.isidentifier() or spec or conv):
            raise ValueError("only {name} fields are allowed")
    return fmt.format_map(fields)
