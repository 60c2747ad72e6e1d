def render_entrant_row(entrant):
    return (
        "<tr>"
        f"<td>{entrant['seed']}</td>"
        f"<td>{entrant['handle']}</td>"
        f"<td>{entrant['team']}</td>"
        "</tr>"
    )
