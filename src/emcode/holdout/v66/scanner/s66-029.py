from flask import Flask, request, make_response

app = Flask(__name__)
PLAYLISTS = {"morning": ["Intro", "News"], "late": ["Ambient"]}


@app.route("/playlists/<pid>")
def show(pid):
    tracks = PLAYLISTS.get(pid)
    if tracks is None:
        content = "<p>Unknown playlist: {}</p>".format(pid)
        return make_response(content, 404)
    return {"id": pid, "tracks": tracks}
