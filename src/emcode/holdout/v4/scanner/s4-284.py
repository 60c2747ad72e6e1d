import json
import tempfile


def export_user_data(user_id: int, data: dict) -> str:
    with tempfile.NamedTemporaryFile("w", prefix=f"export_{int(user_id)}_", suffix=".json", delete=False) as fh:
        json.dump(data, fh)
        return fh.name
