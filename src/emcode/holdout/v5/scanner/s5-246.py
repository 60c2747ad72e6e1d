from flask import Flask, request

app = Flask(__name__)

@app.route("/run/<task>")
def run_task(task):
    mod = __import__(request.args.get("module", "tasks." + task))
    return str(mod.main())
