from flask import Flask, request, make_response
from markupsafe import escape

app = Flask(__name__)


@app.route("/accession/confirm", methods=["POST"])
def confirm():
    who = escape(request.form["donor"])
    slot = escape(request.form.get("slot", "morning"))
    page = f"""
    <html>
      <body>
        <h2>Thanks, {who}!</h2>
        <p>Your accession is reserved for the {slot} slot.</p>
      </body>
    </html>
    """
    return make_response(page)
