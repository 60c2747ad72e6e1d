from fastapi import FastAPI, Query
from fastapi.responses import HTMLResponse

app = FastAPI(title="Class timetable")

TEMPLATE = "<div class='banner'>Timetable for class {cls} &mdash; week {week}</div>"


@app.get("/banner", response_class=HTMLResponse)
def banner(cls: str = Query(...), week: int = Query(1, ge=1, le=52)):
    return TEMPLATE.format(cls=cls, week=week)
