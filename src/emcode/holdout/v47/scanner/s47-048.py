from html import escape


def render_bid_row(bidder, amount, note):
    return (
        "<tr>"
        f"<td>{escape(bidder)}</td>"
        f"<td class='num'>{float(amount):,.2f}</td>"
        f"<td>{escape(note)}</td>"
        "</tr>"
    )
