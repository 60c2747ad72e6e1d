from flask import Flask, request, jsonify

app = Flask(__name__)


@app.route("/run")
def run_plugin():
    mod_name = request.args["plugin"]
    func = request.args.get("func", "main")
    module = __import__(mod_name)
    return jsonify(result=str(getattr(module, func)()))
