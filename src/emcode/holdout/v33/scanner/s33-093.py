from flask import Flask, render_template_string, request
from markupsafe import Markup

app = Flask(__name__)

TPL = "<section><h2>Your note to the pharmacist</h2><div>{{ note }}</div></section>"


@app.route("/refill/confirm", methods=["POST"])
def confirm():
    note = Markup(request.form.get("note", ""))
    return render_template_string(TPL, note=note)
