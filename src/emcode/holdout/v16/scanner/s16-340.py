from flask import Flask, request

app = Flask(__name__)


class Config:
    SECRET_KEY = __import__("os").environ.get("SECRET_KEY", "")
    SITE = "billing"


@app.post("/notify/preview")
def preview():
    template = request.form["template"]
    return template.format(config=Config(), user=request.form.get("user", "customer"))
