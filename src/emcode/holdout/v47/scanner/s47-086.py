def outbid_email_html(bidder_name, lot_title, new_bid):
    return f"""
    <html><body>
      <p>Hi {bidder_name},</p>
      <p>You have been outbid on <strong>{lot_title}</strong>. The current bid is {new_bid}.</p>
      <p><a href="https://bid.comicvault.example/lots">Place a new bid</a></p>
    </body></html>
    """
