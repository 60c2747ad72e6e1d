from enum import Enum
from fastapi import FastAPI
from fastapi.responses import RedirectResponse

app = FastAPI()


class Section(str, Enum):
    schedule = "schedule"
    tickets = "tickets"
    venues = "venues"


@app.get("/jump/{section}")
def jump(section: Section):
    return RedirectResponse(url=f"/festival/{section.value}", status_code=303)
