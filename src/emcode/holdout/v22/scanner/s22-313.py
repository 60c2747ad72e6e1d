from flask import Flask, abort, render_template, request

app = Flask(__name__)
PHOTOS = {1: {"title": "Harbour", "caption": "Sunset at the pier"}}


@app.route("/photos/<int:pid>")
def photo(pid):
    item = PHOTOS.get(pid)
    if item is None:
        abort(404)
    highlight = request.args.get("hl", "")
    return render_template("photo.html", photo=item, highlight=highlight)


@app.post("/photos/<int:pid>/caption")
def caption(pid):
    if pid not in PHOTOS:
        abort(404)
    PHOTOS[pid]["caption"] = request.form.get("caption", "")[:300]
    return render_template("photo.html", photo=PHOTOS[pid], highlight="")
