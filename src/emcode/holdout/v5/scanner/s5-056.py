from flask import Flask, abort
import tasks.cleanup
import tasks.report

app = Flask(__name__)
REGISTRY = {"cleanup": tasks.cleanup, "report": tasks.report}

@app.route("/run/<task>")
def run_task(task):
    mod = REGISTRY.get(task)
    if mod is None:
        abort(404)
    return {"result": str(mod.main())}
