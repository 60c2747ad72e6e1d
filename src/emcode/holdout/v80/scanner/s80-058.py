from flask import Flask, request

app = Flask(__name__)


@app.route("/carpark/permits", methods=["POST"])
def permits():
    plates = request.form.getlist("plate")
    rows = []
    for p in plates:
        rows.append("<li>" + p.upper() + "</li>")
    return "".join(["<ul>"] + rows + ["</ul>"])
