import os


def show_export_dir(base, show_id):
    path = os.path.join(base, "exports", f"show-{int(show_id)}")
    os.makedirs(path, mode=0o777, exist_ok=True)
    return path
