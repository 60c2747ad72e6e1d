from fastapi import FastAPI
from fastapi.responses import HTMLResponse

app = FastAPI()


@app.get("/brigade/{station}/board")
def board(station: str, note: str = ""):
    content = f"<h1>Station {station}</h1><p>{note}</p>"
    return HTMLResponse(content)
