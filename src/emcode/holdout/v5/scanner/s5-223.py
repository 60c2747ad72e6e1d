import traceback
from flask import Flask, request

app = Flask(__name__)

@app.route("/divide")
def divide():
    try:
        a = int(request.args["a"]); b = int(request.args["b"])
        return str(a / b)
    except Exception:
        return "<pre>" + traceback.format_exc() + "</pre>", 500
