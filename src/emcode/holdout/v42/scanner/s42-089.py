from flask import Flask, request

app = Flask(__name__)


class Settings:
    def __init__(self):
        import os
        self.site_name = "TrialNet"
        self.db_url = os.environ.get("DATABASE_URL", "")


SETTINGS = Settings()


@app.get("/banner")
def banner():
    fmt = request.args.get("fmt", "Welcome to {s.site_name}")
    return {"banner": fmt.format(s=SETTINGS)}
