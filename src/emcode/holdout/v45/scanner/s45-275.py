from flask import Flask, make_response, request

app = Flask(__name__)

TEMPLATE = "<div class='booking'><h3>Room: {room}</h3><p>Team: {team}</p><p>Players: {n}</p></div>"


@app.route("/escape/confirm")
def confirm():
    team = request.args.get("team", "")
    room = request.args.get("room", "The Lighthouse")
    try:
        n = int(request.args.get("players", "4"))
    except ValueError:
        n = 4
    html = TEMPLATE.format(room=room, team=team, n=n)
    resp = make_response(html)
    resp.headers["Cache-Control"] = "no-store"
    return resp
