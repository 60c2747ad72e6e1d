def booking_row(member_name, boat, slot):
    return (
        "<tr>"
        f"<td>{member_name}</td>"
        f"<td>{boat}</td>"
        f"<td>{slot}</td>"
        "</tr>"
    )
