from fastapi import FastAPI, Query
from fastapi.responses import HTMLResponse

app = FastAPI()


def card(title: str, body: str) -> str:
    return """<div class="card"><h3>{}</h3><p>{}</p></div>""".format(title, body)


@app.get("/volunteers/welcome")
def welcome(name: str = Query("friend")):
    html = card("Welcome", f"Thanks for joining the food bank, {name}!")
    return HTMLResponse(html)
