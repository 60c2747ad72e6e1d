import requests
from pathlib import Path


def download_avatar(user_id: int, image_url: str, dest_dir: Path) -> Path:
    resp = requests.get(image_url, timeout=10)
    resp.raise_for_status()
    out = dest_dir / f"{user_id}.img"
    out.write_bytes(resp.content)
    return out
