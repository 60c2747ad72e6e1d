from pathlib import Path


def staging_dir(root, batch_id):
    d = Path(root) / "staging" / str(int(batch_id))
    d.mkdir(mode=0o700, parents=True, exist_ok=True)
    return d
