from flask import Flask, request

app = Flask(__name__)
TICKETS = []


@app.route("/tickets", methods=["GET", "POST"])
def tickets():
    if request.method == "POST":
        TICKETS.append(request.form.get("title", ""))
    out = "<h1>Open tickets</h1><ol>"
    for t in TICKETS:
        out += "<li>%s</li>" % t
    out += "</ol><form method=post><input name=title><button>Add</button></form>"
    return out
