from flask import Flask

app = Flask(__name__)
LEVELS = {"A": (120, 31), "B": (64, 5), "Maternity": (30, 12)}


@app.route("/levels/<zone>")
def level(zone):
    if zone not in LEVELS:
        return "<p>Unknown zone</p>", 404
    total, free = LEVELS[zone]
    return "<p>Zone %s: <b>%d</b> of %d spaces free</p>" % (zone, free, total)
