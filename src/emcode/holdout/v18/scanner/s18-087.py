from jinja2 import Environment, FileSystemLoader, select_autoescape
from fastapi import FastAPI
from fastapi.responses import HTMLResponse

app = FastAPI()
env = Environment(loader=FileSystemLoader("templates"), autoescape=select_autoescape(["html", "xml"]))
PROFILES = {}


@app.post("/profiles/{name}")
def set_bio(name: str, bio: str):
    PROFILES[name] = bio
    return {"ok": True}


@app.get("/profiles/{name}", response_class=HTMLResponse)
def show_profile(name: str):
    tpl = env.get_template("profile.html")
    return tpl.render(name=name, bio=PROFILES.get(name, ""))
