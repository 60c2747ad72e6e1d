from flask import Flask, request, make_response

app = Flask(__name__)

ROW = "<tr><td>{}</td><td>{}</td></tr>"


@app.route("/parcels")
def parcels():
    household = request.args.get("household", "")
    body = "<table>" + ROW.format(household, "pending") + "</table>"
    resp = make_response(body)
    resp.set_cookie("last_household", "1")
    return resp


@app.route("/parcels/<int:pid>/done", methods=["POST"])
def done(pid):
    return {"parcel": pid, "state": "colle