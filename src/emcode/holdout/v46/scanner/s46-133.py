from flask import Flask, request

app = Flask(__name__)


class Settings:
    def __init__(self):
        self.rink = "North"
        self.api_key = "loaded-at-startup"


CONFIG = Settings()


@app.get("/label")
def label():
    fmt = request.args.get("fmt", "Rink {cfg.rink}")
    return fmt.format(cfg=CONFIG), 200, {"Content-Type": "text/plain"}
