from flask import Flask, request

app = Flask(__name__)


@app.get("/notice")
def notice():
    hive = request.args.get("hive", "1")
    return {"text": "Hive {} inspected".format(hive)}
