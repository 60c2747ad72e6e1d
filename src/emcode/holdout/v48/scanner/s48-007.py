def hive_row(hive_name, queen_color, frames):
    return (
        "<tr>"
        f"<td>{hive_name}</td>"
        f"<td>{queen_color}</td>"
        f"<td>{frames}</td>"
        "</tr>"
    )
