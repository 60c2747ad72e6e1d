from flask import Flask, make_response, request
from markupsafe import escape

app = Flask(__name__)


@app.post("/orders/preview")
def preview_order():
    customer = escape(request.form.get("customer", "guest"))
    note = escape(request.form.get("note", ""))
    try:
        loaves = int(request.form.get("loaves", "0"))
    except ValueError:
        loaves = 0
    page = f"""
    <html>
      <body>
        <h1>Order preview for {customer}</h1>
        <p>Sourdough loaves: {loaves}</p>
        <blockquote>{note}</blockquote>
      </body>
    </html>
    """
    resp = make_response(page)
    resp.headers["Content-Type"] = "text/html; charset=utf-8"
    return resp
