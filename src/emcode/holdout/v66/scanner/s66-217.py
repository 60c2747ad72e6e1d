from flask import Flask, request, render_template_string

app = Flask(__name__)

TEMPLATE = "<div class='track'><b>{{ title }}</b> by {{ artist }}</div>"


@app.route("/playlist/preview")
def preview():
    title = request.args.get("title", "untitled")
    artist = request.args.get("artist", "unknown")
    return render_template_string(TEMPLATE, title=title, artist=artist)
