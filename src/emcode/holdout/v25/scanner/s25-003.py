from fastapi import FastAPI
from fastapi.staticfiles import StaticFiles

app = FastAPI(title="Ferry timetable")
app.mount("/static", StaticFiles(directory="public"), name="static")


@app.get("/health")
def health():
    return {"status": "ok"}
