from flask import Flask, request

app = Flask(__name__)

class Config:
    SECRET_KEY = "x"  # placeholder loaded elsewhere
    def __init__(self):
        import os
        self.db_password = os.environ.get("DB_PASSWORD")

CONFIG = Config()

@app.route("/notify/preview", methods=["POST"])
def preview():
    tpl = request.form.get("template", "Hi {user}")
    return {"text": tpl.format(user="Customer", cfg=CONFIG)}
