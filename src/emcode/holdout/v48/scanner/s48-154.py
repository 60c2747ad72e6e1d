from html import escape

from flask import Flask, request

app = Flask(__name__)


@app.route("/hives/lookup")
def hive_lookup():
    hive = request.args.get("hive", "")
    shown = escape(hive)
    body = "<h2>Inspection log for " + shown + "</h2><p>No entries yet.</p>"
    return body


if __name__ == "__main__":
    app.run()
