from flask import Flask, request

app = Flask(__name__)


@app.route("/welcome")
def welcome():
    name = request.args.get("name", "friend")
    html = "<h1>Welcome, " + name + "!</h1>"
    html += "<p>Your workspace is ready.</p>"
    return html


def _format_usage(bytes_used):
    units = ["B", "KB", "MB", "GB"]
    size = float(bytes_used)
    for unit in units:
        if size < 1024:
            return f"{size:.1f} {un