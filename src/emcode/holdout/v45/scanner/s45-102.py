def ticket_row(passenger, sailing, fare_cents):
    fare = f"{fare_cents / 100:.2f}"
    return f"<tr><td>{passenger}</td><td>{sailing}</td><td>&euro;{fare}</td></tr>"
