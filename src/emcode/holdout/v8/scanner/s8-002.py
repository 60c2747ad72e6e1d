from flask import Flask, request, make_response

app = Flask(__name__)

TEMPLATE = "<div class='card'><h1>Welcome, {who}!</h1><p>Your ticket #{tid} is open.</p></div>"


@app.route("/ticket", methods=["POST"])
def open_ticket():
    who = request.form["name"]
    tid = abs(hash(who)) % 10000
    body = TEMPLATE.format(who=who, tid=tid)
    resp = make_response(body)
    resp.headers["X-Ticket"] = str(tid)
    return resp
