from flask import Flask, request, make_response

app = Flask(__name__)


@app.route("/recalls/confirm", methods=["POST"])
def confirm_recall():
    patient = request.form["patient"]
    slot = request.form.get("slot", "morning")
    body = f"""
    <html>
      <body>
        <h2>Recall booked</h2>
        <p>Thanks {patient}, we will see you in the {slot}.</p>
      </body>
    </html>
    """
    resp = make_response(body)
    resp.headers["Cache-Control"] = "no-store"
    return resp
