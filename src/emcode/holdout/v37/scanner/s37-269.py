import os
import secrets

from fastapi import Depends, FastAPI, Header, HTTPException

app = FastAPI()
TOKEN = os.environ["DEPOT_TOKEN"]


def require_token(x_depot_token: str = Header("")):
    if not secrets.compare_digest(x_depot_token, TOKEN):
        raise HTTPException(401)


@app.post("/depots/{depot}/restock", dependencies=[Depends(require_token)])
def restock(depot: str, batteries: int = 0):
    return {"depot": depot, "batteries": batteries}
