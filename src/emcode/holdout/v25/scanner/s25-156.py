from flask import Flask, request, make_response

app = Flask(__name__)

ROOMS = {}


@app.route("/housekeeping/<int:room>", methods=["GET", "POST"])
def housekeeping(room):
    if request.method == "POST":
        ROOMS[room] = request.form.get("note", "")
    note = ROOMS.get(room, "No notes yet")
    template = (
        "<div class='room'>"
        "<h2>Room {num}</h2>"
        "<p class='note'>{note}</p>"
        "</div>"
    )
    body = template.format(num=room, note=note)
    resp = make_response(body)
    resp.headers["Cache-Control"] = "no-store"
    return resp
