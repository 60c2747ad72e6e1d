from jinja2 import Environment

_env = Environment(autoescape=True)
_TEMPLATE = _env.from_string("""
<html>
  <body>
    <p>Dear {{ guest }},</p>
    <p>Your booking <b>{{ ref }}</b> for {{ nights }} nights starting {{ arrival }} is confirmed.</p>
    <p>Special requests: {{ requests or "none" }}</p>
  </body>
</html>
""")


def booking_email_html(guest, ref, nights, arrival, requests=""):
    return _TEMPLATE.render(guest=guest, ref=ref, nights=nights, arrival=arrival, requests=requests)
