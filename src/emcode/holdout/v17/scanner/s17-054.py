from fastapi import FastAPI
from fastapi.responses import HTMLResponse
from jinja2 import DictLoader, Environment, select_autoescape

env = Environment(loader=DictLoader({
    "room.html": "<ul>{% for m in msgs %}<li><b>{{ m.user }}</b>: {{ m.text }}</li>{% endfor %}</ul>",
}), autoescape=select_autoescape(["html"]))
app = FastAPI()
MESSAGES: list[dict] = []


@app.post("/room/say")
def say(user: str, text: str):
    MESSAGES.append({"user": user[:32], "text": text[:500]})
    del MESSAGES[:-500]
    return {"n": len(MESSAGES)}


@app.get("/room", response_class=HTMLResponse)
def room():
    return env.get_template("room.html").render(msgs=MESSAGES[-50:])
