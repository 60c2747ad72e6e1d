from flask import Flask, request, send_from_directory

app = Flask(__name__)

@app.route("/note")
def read_note():
    fname = request.args.get("f", "readme.txt")
    return send_from_directory("/var/app/notes", fname, mimetype="text/plain")
