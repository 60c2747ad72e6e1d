from html import escape


def bookings_table(bookings):
    rows = []
    for b in bookings:
        cells = (b["name"], b["room"], b.get("first_song", ""))
        rows.append("<tr>" + "".join(f"<td>{escape(str(c))}</td>" for c in cells) + "</tr>")
    return "<table class='bookings'>" + "".join(rows) + "</table>"
