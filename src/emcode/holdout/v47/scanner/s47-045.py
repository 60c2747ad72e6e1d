from fastapi import FastAPI
from fastapi.responses import RedirectResponse

app = FastAPI()


@app.get("/go/lot/{lot_id}")
def go_lot(lot_id: int):
    return RedirectResponse(url=f"/auction/lots/{lot_id}", status_code=303)
