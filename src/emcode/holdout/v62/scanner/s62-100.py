from flask import Flask, request, make_response

app = Flask(__name__)


@app.route("/subscribe", methods=["POST"])
def subscribe():
    name = request.form.get("name", "friend")
    loaf = request.form.get("loaf", "country white")
    body = f"""
    <html>
      <body>
        <h1>Thanks, {name}!</h1>
        <p>Your weekly {loaf} sourdough subscription starts next Saturday.</p>
      </body>
    </html>
    """
    resp = make_response(body)
    resp.headers["Cache-Control"] = "no-store"
    return resp
