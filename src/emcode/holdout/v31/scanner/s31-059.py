from pathlib import Path


def staging_dir(root, batch_id):
    d = Path(root) / "staging" / str(batch_id)
    d.mkdir(mode=0o777, parents=True, exist_ok=True)
    return d
