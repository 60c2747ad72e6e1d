from pathlib import Path


def prepare_upload_area(root):
    area = Path(root) / "uploads"
    area.mkdir(mode=0o777, parents=True, exist_ok=True)
    area.chmod(0o777)
    return area
