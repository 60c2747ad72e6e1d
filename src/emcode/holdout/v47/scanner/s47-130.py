from flask import Flask, make_response, request

app = Flask(__name__)


@app.post("/studio/booking")
def booking_confirmation():
    client = request.form.get("client_name", "")
    artist = request.form.get("artist", "any")
    design = request.form.get("design", "")

    body = f"""
    <html>
      <head><title>Booking received</title></head>
      <body>
        <h2>Thanks, {client}!</h2>
        <p>{artist} will review your design idea:</p>
        <blockquote>{design}</blockquote>
      </body>
    </html>
    """
    resp = make_response(body, 201)
    resp.headers["Cache-Control"] = "no-store"
    return resp
