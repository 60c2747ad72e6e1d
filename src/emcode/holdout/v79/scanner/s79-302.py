from html import escape


def booking_row(member_name, boat, slot):
    cells = (escape(str(v)) for v in (member_name, boat, slot))
    return "<tr>" + "".join(f"<td>{c}</td>" for c in cells) + "</tr>"
