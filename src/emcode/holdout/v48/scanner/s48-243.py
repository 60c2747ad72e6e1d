from fastapi import FastAPI
from fastapi.responses import HTMLResponse

app = FastAPI(title="Dig diary")


@app.get("/diary/{supervisor}")
def diary(supervisor: str):
    content = (
        "<html><head><title>Diary</title></head><body>"
        "<h2>Daily diary signed by " + supervisor + "</h2>"
        "</body></html>"
    )
    return HTMLResponse(content)
