from flask import Flask, render_template, request

app = Flask(__name__)

ARTISTS = {
    "mira": {"name": "Mira Okafor", "style": "fine line"},
    "jonas": {"name": "Jonas Veld", "style": "neo-traditional"},
}


@app.route("/artists")
def artists():
    style = request.args.get("style", "")
    found = [a for a in ARTISTS.values() if not style or a["style"] == style]
    return render_template("artists.html", artists=found, style=style)
