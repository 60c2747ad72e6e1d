from flask import Flask, request, Response
import html

app = Flask(__name__)
JOBS = {"build-1": "running"}


@app.route("/jobs/status")
def job_status():
    job = request.args.get("job", "")
    state = JOBS.get(job, "unknown")
    text = "job %s is %s" % (html.escape(job), state)
    return Response(text, mimetype="text/plain")
