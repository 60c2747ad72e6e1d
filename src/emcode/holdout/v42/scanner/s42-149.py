def citation_row(citation):
    return (
        "<tr>"
        f"<td>{citation['plate']}</td>"
        f"<td>{citation['zone']}</td>"
        f"<td>{citation['note']}</td>"
        "</tr>"
    )
