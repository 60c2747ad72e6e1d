from html import escape


def ticket_row(passenger, sailing, fare_cents):
    fare = f"{fare_cents / 100:.2f}"
    return f"<tr><td>{escape(passenger)}</td><td>{escape(sailing)}</td><td>&euro;{fare}</td></tr>"
