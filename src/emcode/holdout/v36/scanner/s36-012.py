from fastapi import FastAPI, Request
from fastapi.responses import HTMLResponse
from jinja2 import Environment, FileSystemLoader

app = FastAPI()
env = Environment(loader=FileSystemLoader("templates"))


@app.get("/leaderboard", response_class=HTMLResponse)
async def leaderboard(request: Request, team: str = "all"):
    tpl = env.get_template("leaderboard.html")
    return tpl.render(team=team, rows=[("kestrel", 4120), ("moth", 3990)])
