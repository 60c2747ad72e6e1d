from flask import Flask, request

app = Flask(__name__)
app.config["SECRET_KEY"] = __import__("os").environ.get("SECRET_KEY", "")


class Shift:
    def __init__(self, member, hours):
        self.member = member
        self.hours = hours


@app.route("/shift/label")
def shift_label():
    fmt = request.args.get("fmt", "{s.member}: {s.hours}h")
    s = Shift("Jo", 6)
    return {"label": fmt.format(s=s)}
