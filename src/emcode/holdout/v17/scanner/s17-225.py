import os
from flask import Flask, abort, render_template_string, request, session
from flask_wtf.csrf import CSRFProtect

app = Flask(__name__)
app.secret_key = os.environ["SECRET_KEY"]
app.config.update(SESSION_COOKIE_SECURE=True, SESSION_COOKIE_HTTPONLY=True, SESSION_COOKIE_SAMESITE="Lax")
csrf = CSRFProtect(app)
BALANCES = {"alice": 100, "bob": 50}

FORM = """
<form method="post" action="/transfer">
  <input type="hidden" name="csrf_token" value="{{ csrf_token() }}">
  <input name="to"> <input name="amount" type="number">
  <button>Send</button>
</form>
"""


@app.route("/transfer", methods=["GET", "POST"])
def transfer():
    user = session.get("user")
    if user is None:
        abort(401)
    if request.method == "GET":
        return render_template_string(FORM)
    to, amount = request.form.get("to"), request.form.get("amount", type=int)
    if not amount or amount <= 0 or BALANCES.get(user, 0) < amount or to not in BALANCES:
        abort(400)
    BALANCES[user] -= amount
    BALANCES[to] += amount
    return {"balance": BALANCES[user]}
