import html

from flask import Flask, request

app = Flask(__name__)


@app.get("/listings/agent")
def agent_page():
    agent = html.escape(request.args.get("name", ""))
    body = f"""<h1>Properties listed by {agent}</h1>
<p>Contact the agency for viewings.</p>"""
    return body


@app.get("/listings/agent/count")
def agent_count():
    from .repo import count_for_agent
    n = count_for_agent(request.args.get("name", ""))
    return {"count": 