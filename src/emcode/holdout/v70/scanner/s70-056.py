from flask import Flask, request, make_response
from markupsafe import escape

app = Flask(__name__)


@app.route("/plot/confirm", methods=["POST"])
def confirm():
    who = escape(request.form["tenant"])
    slot = escape(request.form.get("slot", "morning"))
    page = f"""
    <html>
      <body>
        <h2>Thanks, {who}!</h2>
        <p>Your plot is reserved for the {slot} slot.</p>
      </body>
    </html>
    """
    return make_response(page)
