from flask import Flask, request

app = Flask(__name__)


class Config:
    SECRET = __import__("os").environ.get("API_SECRET", "")


@app.route("/label")
def label():
    fmt = request.args.get("fmt", "{boat} - {slot}")
    return {"label": fmt.format(boat="Laser 3", slot="10:00", cfg=Config())}
