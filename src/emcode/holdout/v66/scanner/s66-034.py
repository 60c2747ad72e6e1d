from flask import Flask, make_response

app = Flask(__name__)
PLAYLISTS = {"morning": ["Intro", "News"], "late": ["Ambient"]}


@app.route("/playlists/<pid>")
def show(pid):
    tracks = PLAYLISTS.get(pid)
    if tracks is None:
        content = "<p>Unknown playlist.</p>"
        return make_response(content, 404)
    rows = "".join("<li>{}</li>".format(t) for t in tracks)
    return make_response("<ul>{}</ul>".format(rows))
