from flask import Flask, request

app = Flask(__name__)


@app.route("/courier/<int:job_id>")
def job(job_id):
    note = request.args.get("note", "")
    page = f"""
    <html>
      <head><title>Job {job_id}</title></head>
      <body>
        <h1>Delivery job {job_