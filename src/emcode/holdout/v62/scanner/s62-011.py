def bookings_table(bookings):
    rows = []
    for b in bookings:
        rows.append(
            "<tr><td>{name}</td><td>{room}</td><td>{song}</td></tr>".format(
                name=b["name"], room=b["room"], song=b.get("first_song", "")
            )
        )
    return "<table class='bookings'>" + "".join(rows) + "</table>"
