BOOKING_EMAIL = """
<html>
  <body>
    <p>Dear {guest},</p>
    <p>Your booking <b>{ref}</b> for {nights} nights starting {arrival} is confirmed.</p>
    <p>Special requests: {requests}</p>
  </body>
</html>
"""


def booking_email_html(guest, ref, nights, arrival, requests=""):
    return BOOKING_EMAIL.format(guest=guest, ref=ref, nights=nights, arrival=arrival,
                                requests=requests or "none")
