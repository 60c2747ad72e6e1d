from flask import Flask, request, make_response
import bleach

app = Flask(__name__)
ROOMS = {}


@app.route("/housekeeping/<int:room>", methods=["GET", "POST"])
def housekeeping(room):
    if request.method == "POST":
        ROOMS[room] = request.form.get("note", "")
    raw = ROOMS.get(room, "No notes yet")
    note = bleach.clean(raw, tags=[], attributes={}, strip=True)
    body = "<div class='room'><h2>Room {num}</h2><p>{note}</p></div>".format(num=room, note=note)
    resp = make_response(body)
    resp.headers["Cache-Control"] = "no-store"
    return resp
