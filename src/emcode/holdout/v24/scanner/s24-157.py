import os
import secrets
from fastapi import Depends, FastAPI, Header, HTTPException

app = FastAPI()


def require_admin(x_api_key: str = Header("")) -> None:
    expected = os.environ.get("ADMIN_API_KEY", "")
    if not expected or not secrets.compare_digest(x_api_key, expected):
        raise HTTPException(status_code=403)


@app.post("/garages/{garage_id}/close", dependencies=[Depends(require_admin)])
def close_garage(garage_id: int):
    return {"garage": garage_id, "closed": True}
