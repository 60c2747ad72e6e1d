from flask import Flask

app = Flask(__name__)


@app.route("/jobs/<int:job_id>")
def job_page(job_id):
    html_body = "<h1>Job #%d</h1><p>Status: pending</p>" % job_id
    return html_body
