import json


def restore_session(payload: str) -> dict:
    data = json.loads(payload)
    if not isinstance(data, dict) or not isinstance(data.get("user_id"), int):
        raise ValueError("malformed session")
    return {"user_id": data["user_id"], "roles": [str(r) for r in data.get("roles", [])]}
