from fastapi import FastAPI
from fastapi.responses import HTMLResponse
from markupsafe import Markup

app = FastAPI()


@app.get("/brigade/{station}/board", response_class=HTMLResponse)
def board(station: str, note: str = ""):
    content = Markup("<h1>Station {}</h1><p>{}</p>").format(station, note)
    return HTMLResponse(str(content))
