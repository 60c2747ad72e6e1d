import os

from fastapi import Depends, FastAPI, Header, HTTPException

app = FastAPI()
ADMIN_KEY = os.environ["ADMIN_KEY"]


def require_admin(x_api_key: str = Header(...)):
    if x_api_key == ADMIN_KEY:
        return True
    raise HTTPException(status_code=401)


@app.delete("/members/{member_id}", dependencies=[Depends(require_admin)])
def delete_member(member_id: int):
    return {"deleted": member_id}
