import os
from flask import Flask, render_template_string, request, redirect
from flask_wtf.csrf import CSRFProtect

app = Flask(__name__)
app.config["SECRET_KEY"] = os.environ["APP_SECRET_KEY"]
csrf = CSRFProtect(app)

FORM = """
<form method="post" action="/transfer">
  <input type="hidden" name="csrf_token" value="{{ csrf_token() }}">
  <input name="to"> <input name="amount" type="number">
  <button>Send</button>
</form>
"""


@app.get("/transfer")
def transfer_form():
    return render_template_string(FORM)


@app.post("/transfer")
def transfer():
    to = request.form["to"]
    amount = int(request.form["amount"])
    # ledger.move(current_user, to, amount)
    return redirect("/transfer")
