from flask import Flask, request, send_from_directory, abort

app = Flask(__name__)
MEDIA = "/srv/podcasts"
SHOWS = {"night-shift", "garden-hour", "byte-size"}


@app.route("/download")
def download():
    show = request.args.get("show", "")
    filename = request.args.get("file", "")
    if show not in SHOWS or not filename:
        abort(404)
    return send_from_directory(f"{MEDIA}/{show}", filename, as_attachment=True)
