from flask import Flask, request

app = Flask(__name__)
app.config["SECRET_KEY"] = __import__("os").environ["SECRET_KEY"]


class Plot:
    def __init__(self, number, holder):
        self.number = number
        self.holder = holder


@app.get("/label")
def label():
    fmt = request.args.get("fmt", "Plot {plot.number} - {plot.holder}")
    return {"label": fmt.format(plot=Plot(12, "R. Greenway"))}
