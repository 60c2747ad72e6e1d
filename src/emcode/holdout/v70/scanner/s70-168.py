from flask import Flask, request, make_response

app = Flask(__name__)


@app.route("/plot/confirm", methods=["POST"])
def confirm():
    who = request.form["tenant"]
    slot = request.form.get("slot", "morning")
    page = f"""
    <html>
      <body>
        <h2>Thanks, {who}!</h2>
        <p>Your plot is reserved for the {slot} slot.</p>
      </body>
    </html>
    """
    resp = make_response(page)
    resp.headers["Cache-Control"] = "no-store"
    return resp
