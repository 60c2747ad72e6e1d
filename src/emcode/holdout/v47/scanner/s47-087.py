def render_bid_row(bidder, amount, note):
    return (
        "<tr>"
        f"<td>{bidder}</td>"
        f"<td class='num'>{amount:,.2f}</td>"
        f"<td>{note}</td>"
        "</tr>"
    )
