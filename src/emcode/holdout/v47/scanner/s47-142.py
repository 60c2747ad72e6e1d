from flask import Flask, make_response, render_template_string, request

app = Flask(__name__)

CONFIRMATION = """
<html>
  <head><title>Booking received</title></head>
  <body>
    <h2>Thanks, {{ client }}!</h2>
    <p>{{ artist }} will review your design idea:</p>
    <blockquote>{{ design }}</blockquote>
  </body>
</html>
"""


@app.get("/studio/booking/preview")
def booking_preview():
    html = render_template_string(
        CONFIRMATION,
        client=request.args.get("client_name", ""),
        artist=request.args.get("artist", "any"),
        design=request.args.get("design", ""),
    )
    resp = make_response(html, 200)
    resp.headers["Cache-Control"] = "no-store"
    return resp
