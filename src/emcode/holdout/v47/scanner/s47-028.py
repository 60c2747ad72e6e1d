from html import escape


def outbid_email_html(bidder_name, lot_title, new_bid):
    return f"""
    <html><body>
      <p>Hi {escape(bidder_name)},</p>
      <p>You have been outbid on <strong>{escape(lot_title)}</strong>. The current bid is {float(new_bid):,.2f}.</p>
      <p><a href="https://bid.comicvault.example/lots">Place a new bid</a></p>
    </body></html>
    """
