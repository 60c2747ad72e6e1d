from flask import Flask, request, redirect

app = Flask(__name__)


@app.route("/out")
def outbound():
    target = request.args["url"]
    return redirect(target, code=302)


def track_click(user_id, url):
    """Record outbound clicks for the analytics dashboard."""
    with open("clicks.log", "a") as fh:
        fh.write(f"{user_id}\t{