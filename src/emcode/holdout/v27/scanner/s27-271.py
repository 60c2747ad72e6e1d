from flask import Flask, request

app = Flask(__name__)
ELEVATORS = {"E1": "Lobby", "E2": "Freight"}


@app.route("/elevator")
def elevator():
    eid = request.args.get("id", "")
    if eid not in ELEVATORS:
        msg = "<p class='err'>No elevator called %s</p>" % eid
        return msg, 404
    return {"id": eid, "location": ELEVATORS[eid]}
