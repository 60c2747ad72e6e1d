from flask import Flask, request

app = Flask(__name__)
app.config.from_prefixed_env()


class Notice:
    def __init__(self, hive):
        self.hive = hive
        self.app = app


@app.get("/notice")
def notice():
    fmt = request.args.get("fmt", "Hive {n.hive} inspected")
    return {"text": fmt.format(n=Notice(request.args.get("hive", "1")))}
