from flask import Flask, request

app = Flask(__name__)


class Config:
    SECRET_KEY = __import__("os").environ.get("SECRET_KEY", "")
    SITE = "Vows & Venues"


class Couple:
    def __init__(self, a, b):
        self.a, self.b = a, b
        self.config = Config()


@app.post("/announce")
def announce():
    fmt = request.form.get("format", "{c.a} and {c.b} are getting married!")
    couple = Couple(request.form["a"], request.form["b"])
    return {"text": fmt.format(c=couple)}
