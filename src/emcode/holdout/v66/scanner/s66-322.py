def sailing_row(route, depart, note):
    return f"<tr><td>{route}</td><td>{depart}</td><td>{note}</td></tr>"
